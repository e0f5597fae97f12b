import type { Role } from '@bgb/contracts';
import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { ApiError } from './api-error';
import { type AuthUser, IS_PUBLIC, REQUIRED_ROLES } from './auth.decorators';

/** Global: no session → 401; a session without a required role → 403. */
@Injectable()
export class SessionAuthGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const request = context.switchToHttp().getRequest<Request>();
    if (!request.isAuthenticated() || !request.user) throw ApiError.unauthenticated();
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, targets);
    const user = request.user as AuthUser;
    if (roles && !roles.some((role) => user.roles.includes(role))) throw ApiError.forbidden();
    return true;
  }
}
