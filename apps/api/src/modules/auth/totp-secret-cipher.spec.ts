import { TotpSecretCipher } from './totp-secret-cipher';

describe('the TOTP secret cipher', () => {
  const cipher = new TotpSecretCipher('a-session-secret-that-is-long-enough');
  const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

  it('stores neither the secret nor the same text twice, and reads it back', () => {
    const first = cipher.encrypt(secret);
    const second = cipher.encrypt(secret);
    expect(first).not.toContain(secret);
    expect(first).not.toBe(second);
    expect(cipher.decrypt(first)).toBe(secret);
    expect(cipher.decrypt(second)).toBe(secret);
  });

  it('reads nothing sealed under another session secret, tampered with or malformed', () => {
    const sealed = cipher.encrypt(secret);
    expect(new TotpSecretCipher('another-session-secret-long-enough').decrypt(sealed)).toBeNull();
    const bytes = Buffer.from(sealed.slice(3), 'base64');
    bytes[bytes.length - 1] ^= 1;
    expect(cipher.decrypt(`v1:${bytes.toString('base64')}`)).toBeNull();
    expect(cipher.decrypt(secret)).toBeNull();
    expect(cipher.decrypt('v1:')).toBeNull();
  });
});
