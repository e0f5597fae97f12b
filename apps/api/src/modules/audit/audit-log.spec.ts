import { withoutSecrets } from './audit-log';

describe('withoutSecrets', () => {
  it('drops passwords, tokens, TOTP secrets, recovery codes and codes, and keeps the rest', () => {
    expect(
      withoutSecrets({
        password: 'x',
        newPassword: 'x',
        token: 't',
        resetToken: 't',
        secret: 's',
        totpSecret: 's',
        recoveryCodes: ['a'],
        code: '123456',
        otp: '1',
        roles: ['admin'],
        biobankCode: 'DCB',
        email: 'a@example.org',
      }),
    ).toEqual({ roles: ['admin'], biobankCode: 'DCB', email: 'a@example.org' });
  });
});
