import type { Request } from 'express';
import { ownAccountEntry, withoutSecrets } from './audit-log';

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

describe('ownAccountEntry', () => {
  it('names the person as actor and target, with the address they came from, logged in or not', () => {
    const person = { id: '00000000-0000-4000-8000-000000000001', email: 'aase@example.org' };
    const fromMail = { ip: '203.0.113.7' } as Request;
    expect(ownAccountEntry('auth.email_verified', person, fromMail)).toEqual({
      action: 'auth.email_verified',
      actor: person,
      target: { type: 'user', id: person.id },
      ip: '203.0.113.7',
    });
    expect(ownAccountEntry('auth.password_changed', person, {} as Request).ip).toBeNull();
  });
});
