import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import { ErrorBodyDto } from '../../common/dto';
import type { RateLimitPolicy } from './rate-limit.policies';

export const RATE_LIMITS = 'bgb:rateLimits';

/**
 * Counts each call against these limits before the handler (or a login's password check)
 * runs; a call over any of them is answered 429 with `Retry-After`.
 */
export const RateLimit = (...policies: [RateLimitPolicy, ...RateLimitPolicy[]]) =>
  applyDecorators(
    SetMetadata(RATE_LIMITS, policies),
    ApiResponse({
      status: 429,
      type: ErrorBodyDto,
      description: `RATE_LIMITED: too many attempts (${policies.join(', ')}); wait as many seconds as Retry-After says`,
      headers: { 'Retry-After': { description: 'seconds to wait', schema: { type: 'integer' } } },
    }),
  );
