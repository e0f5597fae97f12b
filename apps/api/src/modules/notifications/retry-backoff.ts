/**
 * Delay before the next delivery attempt: exponential from `baseMs`, capped, with ±20 %
 * jitter so that many failed mails do not all retry in the same second.
 */
export function retryDelayMs(
  attempt: number,
  baseMs = 5_000,
  capMs = 60 * 60_000,
  random = Math.random,
): number {
  const exponential = Math.min(capMs, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(exponential * (0.8 + 0.4 * random()));
}
