import { z } from 'zod';

/** A mail in the outbox waits (`pending`), went out (`sent`) or gave up after its attempts (`failed`). */
export const OUTBOX_MAIL_STATUSES = ['pending', 'sent', 'failed'] as const;
export const OutboxMailStatus = z.enum(OUTBOX_MAIL_STATUSES);
export type OutboxMailStatus = z.infer<typeof OutboxMailStatus>;

/** An outbox mail as administrators follow its delivery. */
export const OutboxMail = z.object({
  id: z.uuid(),
  recipient: z.string(),
  kind: z.string(),
  subject: z.string(),
  status: OutboxMailStatus,
  attempts: z.number().int(),
  /** The SMTP error of the latest failed attempt; kept when a failed mail is sent again. */
  lastError: z.string().nullable(),
  createdAt: z.iso.datetime(),
  nextAttemptAt: z.iso.datetime(),
  sentAt: z.iso.datetime().nullable(),
});
export type OutboxMail = z.infer<typeof OutboxMail>;

export const OutboxMailList = z.object({
  items: z.array(OutboxMail),
  nextCursor: z.string().nullable(),
});
export type OutboxMailList = z.infer<typeof OutboxMailList>;

export const ListOutboxMailsQuery = z.object({
  /** Absent: every status. */
  status: OutboxMailStatus.optional(),
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export type ListOutboxMailsQuery = z.input<typeof ListOutboxMailsQuery>;
