import type { Role } from '@bgb/contracts';
import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Request } from 'express';

export const IS_PUBLIC = 'bgb:isPublic';
export const REQUIRED_ROLES = 'bgb:roles';

/** Reachable without a session. Every other route requires one. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** Only users holding one of these roles; everyone else gets 403. */
export const Roles = (...roles: Role[]) => SetMetadata(REQUIRED_ROLES, roles);

export const MFA_ENROLMENT_EXEMPT = 'bgb:mfaEnrolmentExempt';

/**
 * Open to a user who must set up a second factor and has not yet: what enrolling needs, and
 * nothing else (see SessionAuthGuard).
 */
export const MfaEnrolmentExempt = () => SetMetadata(MFA_ENROLMENT_EXEMPT, true);

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
  /** Logins need a TOTP or recovery code after the password. */
  mfaEnabled: boolean;
}

export const CurrentUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext): AuthUser =>
    context.switchToHttp().getRequest<Request>().user as AuthUser,
);
