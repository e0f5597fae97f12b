import { LoginBody } from '@bgb/contracts';
import { type ExecutionContext, Injectable } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { Request } from 'express';
import { ApiError } from '../../common/api-error';
import { parseOrThrow } from '../../common/zod-validation';
import { AuditLog, auditOrigin } from '../audit/audit-log';

/** Validates the body, checks the password with passport-local and starts the session. */
@Injectable()
export class LoginGuard extends AuthGuard('local') {
  constructor(private readonly audit: AuditLog) {
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

/** Counts login attempts per client address and e-mail, so one account cannot be brute-forced. */
@Injectable()
export class LoginThrottlerGuard extends ThrottlerGuard {
  protected override async getTracker(request: Record<string, unknown>): Promise<string> {
    const body = request.body as { email?: unknown } | undefined;
    const email = typeof body?.email === 'string' ? body.email.trim().toLowerCase() : '';
    return `${String(request.ip)}:${email}`;
  }
}
