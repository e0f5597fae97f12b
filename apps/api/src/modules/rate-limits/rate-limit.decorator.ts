import { SetMetadata } from '@nestjs/common';
import type { RateLimitPolicy } from './rate-limit.policies';

export const RATE_LIMITS = 'bgb:rateLimits';

/**
 * Counts each call against these limits before the handler (or a login's password check)
 * runs; a call over any of them is answered 429 with `Retry-After`.
 */
export const RateLimit = (...policies: [RateLimitPolicy, ...RateLimitPolicy[]]) =>
  SetMetadata(RATE_LIMITS, policies);
