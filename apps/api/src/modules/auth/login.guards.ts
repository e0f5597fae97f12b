import { LoginBody } from '@bgb/contracts';
import { type ExecutionContext, Injectable } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import type { Request } from 'express';
import { parseOrThrow } from '../../common/zod-validation';
import { RateLimits } from '../rate-limits/rate-limits.service';

/**
 * Validates the body, checks the password with passport-local and starts the session. The
 * attempt was already counted against the login limits; a success gives it back.
 */
@Injectable()
export class LoginGuard extends AuthGuard('local') {
  constructor(private readonly rateLimits: RateLimits) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<Request>();
    request.body = parseOrThrow(LoginBody, request.body);
    await super.canActivate(context);
    // passport regenerates the session here, so a session id planted before login is useless.
    await super.logIn(request);
    await this.rateLimits.giveBack(request);
    return true;
  }
}
