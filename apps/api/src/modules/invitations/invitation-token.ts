import { createHash, randomBytes } from 'node:crypto';

/** A fresh link token: 256 random bits, URL-safe. */
export function newInvitationToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What the database keeps of a token: enough to recognise it, useless to accept with. */
export function hashInvitationToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
