import { hashLinkToken, newLinkToken } from './link-token';

describe('link tokens', () => {
  it('are URL-safe, long and never the same twice', () => {
    const tokens = new Set(Array.from({ length: 100 }, newLinkToken));
    expect(tokens.size).toBe(100);
    for (const token of tokens) expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('are stored as their sha256, which does not contain them', () => {
    const token = newLinkToken();
    const hash = hashLinkToken(token);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).toBe(hashLinkToken(token));
    expect(hash).not.toContain(token);
  });
});
