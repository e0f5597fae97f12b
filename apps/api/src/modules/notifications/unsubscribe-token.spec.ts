import { UnsubscribeTokens } from './unsubscribe-token';

const SECRET = 'a-session-secret-of-at-least-32-characters';
const target = { userId: '0b8f8d3e-3f52-4d0e-9a57-0d3e35f0a9c1', kind: 'message' as const };

describe('one-click unsubscribe tokens', () => {
  const tokens = new UnsubscribeTokens(SECRET);

  it('names the user and kind it was signed for', () => {
    expect(tokens.verify(tokens.sign(target))).toEqual(target);
  });

  it('refuses a token signed with another secret', () => {
    const foreign = new UnsubscribeTokens(`${SECRET}-other`).sign(target);
    expect(tokens.verify(foreign)).toBeNull();
  });

  it('refuses a token whose user or kind was changed', () => {
    const [, mac] = tokens.sign(target).split('.');
    const otherKind = Buffer.from(`${target.userId}:progress`).toString('base64url');
    expect(tokens.verify(`${otherKind}.${mac}`)).toBeNull();
  });

  it('refuses garbage without throwing', () => {
    for (const token of ['', 'abc', 'a.b.c', '.', 'x.']) expect(tokens.verify(token)).toBeNull();
  });
});
