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
  'user.email_changed',
  'user.deactivated',
  'user.reactivated',
  'user.invited',
  'user.invitation_accepted',
  'user.invitation_revoked',
  'user.roles_changed',
  'routing_rule.created',
  'routing_rule.updated',
  'routing_rule.deleted',
  'service_questions.published',
  'biobank.mailbox_changed',
] as const;
export const AuditAction = z.enum(AUDIT_ACTIONS);
export type AuditAction = z.infer<typeof AuditAction>;

/** One line of the audit trail as administrators read it. */
export const AuditEventItem = z.object({
  id: z.uuid(),
  at: z.iso.datetime(),
  action: AuditAction,
  /** Null when nobody was logged in, e.g. a failed login. */
  actorId: z.uuid().nullable(),
  /** The actor's address as it was then. */
  actorEmail: z.string().nullable(),
  /** What was acted on, e.g. `user`, `routing_rule`, `biobank`, `service`. */
  targetType: z.string().nullable(),
  targetId: z.string().nullable(),
  /** The client address the request came from. */
  ip: z.string().nullable(),
  /** What changed, e.g. roles before and after; never a password, token or code. */
  details: z.record(z.string(), z.unknown()),
});
export type AuditEventItem = z.infer<typeof AuditEventItem>;

export const AuditEventList = z.object({
  items: z.array(AuditEventItem),
  nextCursor: z.string().nullable(),
});
export type AuditEventList = z.infer<typeof AuditEventList>;

/** A day (`2026-12-05`, the whole UTC day) or an instant with its offset. */
const AuditTime = z.union([z.iso.date(), z.iso.datetime({ offset: true })], {
  error: 'A date (YYYY-MM-DD) or an ISO date-time with offset',
});

export const ListAuditEventsQuery = z
  .object({
    /** The acting user's id, or their e-mail address as recorded (any case). */
    actor: z
      .string()
      .trim()
      .pipe(z.union([z.uuid(), z.email().max(254)], { error: 'A user id or an e-mail address' }))
      .optional(),
    action: AuditAction.optional(),
    /** From this day or instant on, inclusive. */
    from: AuditTime.optional(),
    /** Up to this day (all of it) or instant, inclusive. */
    to: AuditTime.optional(),
    cursor: z.string().max(500).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(50),
  })
  .refine(
    (query) => {
      const { from, to } = auditRange(query);
      return !from || !to || from <= to;
    },
    { path: ['to'], message: '`to` lies before `from`' },
  );
export type ListAuditEventsQuery = z.input<typeof ListAuditEventsQuery>;

const DAY_MS = 24 * 60 * 60 * 1000;

/** The instants `from` and `to` stand for: a day reaches from its first to its last millisecond. */
export function auditRange(query: { from?: string; to?: string }): { from?: Date; to?: Date } {
  const day = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);
  return {
    from: query.from
      ? new Date(day(query.from) ? `${query.from}T00:00:00Z` : query.from)
      : undefined,
    to: query.to
      ? day(query.to)
        ? new Date(Date.parse(`${query.to}T00:00:00Z`) + DAY_MS - 1)
        : new Date(query.to)
      : undefined,
  };
}
