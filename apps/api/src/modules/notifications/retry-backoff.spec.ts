import { retryDelayMs } from './retry-backoff';

describe('retry backoff', () => {
  const middle = () => 0.5;

  it('doubles with every attempt', () => {
    expect([1, 2, 3, 4].map((attempt) => retryDelayMs(attempt, 1000, 60_000, middle))).toEqual([
      1000, 2000, 4000, 8000,
    ]);
  });

  it('never waits longer than the cap', () => {
    expect(retryDelayMs(30, 1000, 60_000, middle)).toBe(60_000);
  });

  it('spreads retries by up to 20 % either way', () => {
    expect(retryDelayMs(1, 1000, 60_000, () => 0)).toBe(800);
    expect(retryDelayMs(1, 1000, 60_000, () => 0.999999)).toBe(1200);
  });
});
