import type { Role } from '@bgb/contracts';
import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Request } from 'express';

export const IS_PUBLIC = 'bgb:isPublic';
export const REQUIRED_ROLES = 'bgb:roles';

/** Reachable without a session. Every other route requires one. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** Only users holding one of these roles; everyone else gets 403. */
export const Roles = (...roles: Role[]) => SetMetadata(REQUIRED_ROLES, roles);

/** The logged-in user as the session guard resolved it. */
export interface AuthUser {
  id: string;
  name: string;
  email: string;
  institution: string;
  roles: Role[];
  biobankCodes: string[];
  locale: 'da' | 'en';
  emailVerified: boolean;
}

export const CurrentUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext): AuthUser =>
    context.switchToHttp().getRequest<Request>().user as AuthUser,
);
