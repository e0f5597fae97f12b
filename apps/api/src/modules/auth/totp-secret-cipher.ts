import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

const IV_BYTES = 12;
const TAG_BYTES = 16;
const VERSION = 'v1';

/**
 * Encrypts TOTP secrets at rest with AES-256-GCM, so a copy of the database (a backup, a dump
 * for support) does not hand out everybody's second factor.
 *
 * The key is derived from SESSION_SECRET with HKDF-SHA256 rather than scrypt: the session secret
 * is already a long random value, not a password to be stretched, and HKDF with its own `info`
 * gives a key for this one purpose that reveals nothing about the secret signing the cookies.
 * Changing SESSION_SECRET therefore makes stored TOTP secrets unreadable: their users log in with
 * a recovery code and set the authenticator up again.
 */
export class TotpSecretCipher {
  private readonly key: Buffer;

  constructor(sessionSecret: string) {
    this.key = Buffer.from(
      hkdfSync('sha256', sessionSecret, 'bgb-totp-secret', 'TOTP secret encryption v1', 32),
    );
  }

  encrypt(secret: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const sealed = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
    return `${VERSION}:${Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64')}`;
  }

  /** The secret, or null when it was sealed under another key or has been tampered with. */
  decrypt(stored: string): string | null {
    const [version, payload] = stored.split(':');
    if (version !== VERSION || !payload) return null;
    const bytes = Buffer.from(payload, 'base64');
    if (bytes.length <= IV_BYTES + TAG_BYTES) return null;
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.key, bytes.subarray(0, IV_BYTES));
      decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
      return Buffer.concat([
        decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)),
        decipher.final(),
      ]).toString('utf8');
    } catch {
      return null;
    }
  }
}
