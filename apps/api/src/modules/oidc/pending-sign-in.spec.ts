import { isPendingFresh, PENDING_SIGN_IN_MS, type PendingSignIn } from './pending-sign-in';

describe('a pending institutional sign-in', () => {
  const startedAt = Date.UTC(2026, 0, 5, 10);
  const pending: PendingSignIn = {
    state: 's',
    nonce: 'n',
    codeVerifier: 'v',
    next: '/',
    startedAt,
  };

  it('may be completed within 15 minutes', () => {
    expect(isPendingFresh(pending, startedAt + 60_000)).toBe(true);
    expect(isPendingFresh(pending, startedAt + PENDING_SIGN_IN_MS)).toBe(true);
  });

  it('is refused once older than 15 minutes, or when its start lies in the future', () => {
    expect(isPendingFresh(pending, startedAt + PENDING_SIGN_IN_MS + 1)).toBe(false);
    expect(isPendingFresh(pending, startedAt - 1)).toBe(false);
  });
});
