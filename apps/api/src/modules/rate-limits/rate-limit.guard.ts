import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { RATE_LIMITS } from './rate-limit.decorator';
import type { RateLimitPolicy } from './rate-limit.policies';
import { RateLimits } from './rate-limits.service';

/**
 * Counts calls to endpoints marked `@RateLimit(...)`. Registered after the session and CSRF
 * guards, so calls those refuse are not counted, and before route guards such as the login's
 * password check, so every attempt is counted whatever its outcome.
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly rateLimits: RateLimits,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const policies = this.reflector.getAllAndOverride<RateLimitPolicy[] | undefined>(RATE_LIMITS, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (policies?.length) {
      await this.rateLimits.consume(context.switchToHttp().getRequest<Request>(), policies);
    }
    return true;
  }
}
