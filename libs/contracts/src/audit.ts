import { z } from 'zod';

/**
 * What the audit trail records: security and administrative events, named `<subject>.<verb>`.
 * New actions are added here first, so the admin page can offer them as a filter.
 */
export const AUDIT_ACTIONS = [
  'auth.login',
  'auth.login_failed',
  'auth.locked_out',
  'auth.logout',
  'auth.email_verified',
  'auth.password_reset_requested',
  'auth.password_reset',
  'auth.password_changed',
  'auth.mfa_enabled',
  'auth.mfa_disabled',
  'auth.mfa_failed',
  'auth.session_revoked',
  'user.registered',
  /** An institution's sign-in was linked to an existing account by its verified e-mail. */
  'user.identity_linked',
  'user.profile_changed',
  'user.deactivated',
  'user.reactivated',
  'user.invited',
  'user.invitation_accepted',
  'user.roles_changed',
  'routing_rule.created',
  'routing_rule.updated',
  'routing_rule.deleted',
  'service_questions.published',
  'biobank.mailbox_changed',
] as const;
export const AuditAction = z.enum(AUDIT_ACTIONS);
export type AuditAction = z.infer<typeof AuditAction>;
