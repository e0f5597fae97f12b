import { z } from 'zod';

/** A mail in the outbox waits (`pending`), went out (`sent`) or gave up after its attempts (`failed`). */
export const NOTIFICATION_STATUSES = ['pending', 'sent', 'failed'] as const;
export const NotificationStatus = z.enum(NOTIFICATION_STATUSES);
export type NotificationStatus = z.infer<typeof NotificationStatus>;

/** An outbox mail as administrators follow its delivery. */
export const AdminNotification = z.object({
  id: z.uuid(),
  recipient: z.string(),
  kind: z.string(),
  subject: z.string(),
  status: NotificationStatus,
  attempts: z.number().int(),
  /** The SMTP error of the latest failed attempt; kept when a failed mail is sent again. */
  lastError: z.string().nullable(),
  createdAt: z.iso.datetime(),
  nextAttemptAt: z.iso.datetime(),
  sentAt: z.iso.datetime().nullable(),
});
export type AdminNotification = z.infer<typeof AdminNotification>;

export const AdminNotificationList = z.object({
  items: z.array(AdminNotification),
  nextCursor: z.string().nullable(),
});
export type AdminNotificationList = z.infer<typeof AdminNotificationList>;

export const ListAdminNotificationsQuery = z.object({
  /** Absent: every status. */
  status: NotificationStatus.optional(),
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export type ListAdminNotificationsQuery = z.input<typeof ListAdminNotificationsQuery>;
