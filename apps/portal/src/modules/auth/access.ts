import type { Role, User } from '@bgb/contracts';

export function hasRole(user: User | null | undefined, role: Role): boolean {
  return !!user?.roles.includes(role);
}

export function hasAnyRole(user: User | null | undefined, roles: readonly Role[]): boolean {
  return roles.length === 0 || roles.some((role) => hasRole(user, role));
}

/** Where a user lands after logging in when no page sent them: their main work list. */
export function landingPathFor(user: User): string {
  if (hasRole(user, 'researcher')) return '/requests';
  if (hasRole(user, 'secretariat')) return '/triage';
  if (hasRole(user, 'coordinator')) return '/biobank-queue';
  if (hasRole(user, 'admin')) return '/admin/mails';
  return '/';
}

/** Where a user who must set up a second factor is sent first. */
export const MFA_ENROLMENT_PATH = '/account/mfa-enrolment';

export function loginPathFor(next: string): string {
  return `/login?next=${encodeURIComponent(next)}`;
}
