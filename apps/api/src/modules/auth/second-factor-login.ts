import type { Request } from 'express';
import { promisify } from 'node:util';
import type { AuthUser } from '../../common/auth.decorators';

declare module 'express-session' {
  interface SessionData {
    /** The password was right; the user is logged in only once a code confirms it. */
    mfaPending?: { userId: string; since: number };
  }
}

/** How long the code may take after the password, before the login starts over. */
const MFA_PENDING_MS = 5 * 60 * 1000;

/**
 * Holds a password login back until the second factor: the session (a fresh one, so an id
 * planted before login is useless) only remembers whose code it waits for, and the request
 * carries no user, so every route but the code's answers 401.
 */
export async function awaitSecondFactor(
  request: Request,
  user = request.user as AuthUser,
): Promise<void> {
  await promisify(request.session.regenerate.bind(request.session))();
  request.session.mfaPending = { userId: user.id, since: Date.now() };
  request.user = undefined;
}

export function awaitingSecondFactor(request: Request): boolean {
  return !request.user && request.session?.mfaPending !== undefined;
}

/** Whose code the session waits for, unless that wait has run out. */
export function pendingSecondFactor(request: Request): string | null {
  const pending = request.session?.mfaPending;
  if (!pending) return null;
  if (Date.now() - pending.since > MFA_PENDING_MS) {
    delete request.session.mfaPending;
    return null;
  }
  return pending.userId;
}
