import { createHash, randomBytes } from 'node:crypto';
import { ApiError } from './api-error';

/** A fresh token for a mailed single-use link: 256 random bits, URL-safe. */
export function newLinkToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What the database keeps of a link token: enough to recognise it, useless to follow. */
export function hashLinkToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** A mailed link that is unknown, used, revoked or expired. */
export function invalidToken(
  message = 'This link is not valid: it is unknown, used or expired',
): ApiError {
  return new ApiError(400, 'INVALID_TOKEN', message);
}
