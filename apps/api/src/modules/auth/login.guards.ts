import { LoginBody } from '@bgb/contracts';
import { type ExecutionContext, Injectable } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { Request } from 'express';
import type { AuthUser } from '../../common/auth.decorators';
import { parseOrThrow } from '../../common/zod-validation';
import { awaitSecondFactor } from './second-factor-login';

/**
 * Validates the body, checks the password with passport-local and starts the session — or, for
 * a user with a second factor, a session that waits for the code (see awaitSecondFactor).
 */
@Injectable()
export class LoginGuard extends AuthGuard('local') {
  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<Request>();
    request.body = parseOrThrow(LoginBody, request.body);
    await super.canActivate(context);
    if ((request.user as AuthUser).mfaEnabled) {
      await awaitSecondFactor(request);
      return true;
    }
    // passport regenerates the session here, so a session id planted before login is useless.
    await super.logIn(request);
    return true;
  }
}

/** Counts login attempts per client address and e-mail, so one account cannot be brute-forced. */
@Injectable()
export class LoginThrottlerGuard extends ThrottlerGuard {
  protected override async getTracker(request: Record<string, unknown>): Promise<string> {
    const body = request.body as { email?: unknown } | undefined;
    const email = typeof body?.email === 'string' ? body.email.trim().toLowerCase() : '';
    return `${String(request.ip)}:${email}`;
  }
}
