/** How long a person may take at their institution before the sign-in must start again. */
export const PENDING_SIGN_IN_MS = 15 * 60_000;

/**
 * What the browser's session holds between leaving for the provider and coming back: the
 * one-time values that tie the provider's answer to this browser and this attempt.
 */
export interface PendingSignIn {
  state: string;
  nonce: string;
  codeVerifier: string;
  /** A path inside the portal, already checked. */
  next: string;
  /** The token of the invitation the person is accepting by signing in, if any. */
  invitation?: string;
  startedAt: number;
}

declare module 'express-session' {
  interface SessionData {
    institutionalSignIn?: PendingSignIn;
  }
}

export function isPendingFresh(pending: PendingSignIn, now = Date.now()): boolean {
  return now - pending.startedAt <= PENDING_SIGN_IN_MS && pending.startedAt <= now;
}
