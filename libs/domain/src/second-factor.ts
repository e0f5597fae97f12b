import type { Role } from '@bgb/contracts';

/**
 * A user holding a role that must use a second factor, who has not set one up, may do nothing
 * but set it up (and read who they are, change language, log out).
 */
export function mfaEnrolmentRequired(
  user: { roles: readonly Role[]; mfaEnabled: boolean },
  requiredRoles: readonly Role[],
): boolean {
  return !user.mfaEnabled && user.roles.some((role) => requiredRoles.includes(role));
}
