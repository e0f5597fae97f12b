import { Global, Module } from '@nestjs/common';
import { RateLimitCounters } from './rate-limit-counters';
import { RateLimits } from './rate-limits.service';

/** Global: any module's endpoint may name a limit, and the login gives attempts back. */
@Global()
@Module({
  providers: [RateLimitCounters, RateLimits],
  exports: [RateLimits],
})
export class RateLimitsModule {}
