import { LoginBody } from '@bgb/contracts';
import { type ExecutionContext, Injectable } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import type { Request } from 'express';
import { ApiError } from '../../common/api-error';
import type { AuthUser } from '../../common/auth.decorators';
import { parseOrThrow } from '../../common/zod-validation';
import { AuditLog, auditOrigin } from '../audit/audit-log';
import { RateLimits } from '../rate-limits/rate-limits.service';
import { awaitSecondFactor } from './second-factor-login';

/**
 * Validates the body, checks the password with passport-local and starts the session — or, for
 * a user with a second factor, a session that waits for the code (see awaitSecondFactor). The
 * attempt was already counted against the login limits; a right password gives it back.
 */
@Injectable()
export class LoginGuard extends AuthGuard('local') {
  constructor(
    private readonly audit: AuditLog,
    private readonly rateLimits: RateLimits,
  ) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<Request>();
    request.body = parseOrThrow(LoginBody, request.body);
    try {
      await super.canActivate(context);
    } catch (error) {
      // The address tried is no secret and shows what is being attacked; the password never goes in.
      if (error instanceof ApiError && error.code === 'INVALID_CREDENTIALS')
        await this.audit.record({
          action: 'auth.login_failed',
          ...auditOrigin(request),
          details: { email: (request.body as LoginBody).email },
        });
      throw error;
    }
    await this.rateLimits.giveBack(request);
    if ((request.user as AuthUser).mfaEnabled) {
      // The login is audited once the code completes it (MfaService.verifyLogin).
      await awaitSecondFactor(request);
      return true;
    }
    // passport regenerates the session here, so a session id planted before login is useless.
    await super.logIn(request);
    const origin = auditOrigin(request);
    await this.audit.record({
      action: 'auth.login',
      ...origin,
      target: { type: 'user', id: origin.actor!.id },
    });
    return true;
  }
}
