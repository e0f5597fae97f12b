import type { Role } from '@bgb/contracts';
import { mfaEnrolmentRequired } from '@bgb/domain';
import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { APP_CONFIG, type AppConfig } from '../config/app.config';
import { ApiError } from './api-error';
import { type AuthUser, IS_PUBLIC, MFA_ENROLMENT_EXEMPT, REQUIRED_ROLES } from './auth.decorators';

/**
 * Global: no session → 401; a user who must set up a second factor first → 403 outside
 * enrolment; a session without a required role → 403. A login still waiting for its second
 * factor has no user yet, so it is a 401 like no session at all.
 */
@Injectable()
export class SessionAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'MFA_REQUIRED_ROLES'>,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const request = context.switchToHttp().getRequest<Request>();
    if (!request.isAuthenticated() || !request.user) throw ApiError.unauthenticated();
    const user = request.user as AuthUser;
    if (
      mfaEnrolmentRequired(user, this.config.MFA_REQUIRED_ROLES) &&
      !this.reflector.getAllAndOverride<boolean>(MFA_ENROLMENT_EXEMPT, targets)
    ) {
      throw new ApiError(
        403,
        'MFA_ENROLMENT_REQUIRED',
        'Set up a second factor (an authenticator app) before you continue',
      );
    }
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, targets);
    if (roles && !roles.some((role) => user.roles.includes(role))) throw ApiError.forbidden();
    return true;
  }
}
