import { z } from 'zod';

/**
 * What a user chooses about, in their words: every mail the portal sends to a person belongs
 * to exactly one of these kinds.
 */
export const NOTIFICATION_KINDS = [
  'question',
  'outcome',
  'progress',
  'message',
  'new_work',
  'case_update',
] as const;
export const NotificationKind = z.enum(NOTIFICATION_KINDS);
export type NotificationKind = z.infer<typeof NotificationKind>;

/**
 * Kinds that always reach the person at once: a question that holds up their request, and the
 * decision that ends it (rejected or completed).
 */
export const MANDATORY_NOTIFICATION_KINDS: readonly NotificationKind[] = ['question', 'outcome'];

export const NOTIFICATION_DELIVERIES = ['immediate', 'digest', 'off'] as const;
export const NotificationDelivery = z.enum(NOTIFICATION_DELIVERIES);
export type NotificationDelivery = z.infer<typeof NotificationDelivery>;

export const NotificationPreference = z.object({
  kind: NotificationKind,
  delivery: NotificationDelivery,
  /** Fixed at `immediate`; the portal shows it without a choice. */
  mandatory: z.boolean(),
});
export type NotificationPreference = z.infer<typeof NotificationPreference>;

/** Every kind, in the order of `NOTIFICATION_KINDS`. */
export const NotificationPreferences = z.object({ preferences: z.array(NotificationPreference) });
export type NotificationPreferences = z.infer<typeof NotificationPreferences>;

/** The kinds to change; kinds left out keep their delivery. */
export const SetNotificationPreferencesBody = z.object({
  preferences: z
    .array(z.object({ kind: NotificationKind, delivery: NotificationDelivery }))
    .min(1)
    .max(NOTIFICATION_KINDS.length)
    .refine(
      (items) => new Set(items.map((item) => item.kind)).size === items.length,
      'Each kind may appear only once',
    ),
});
export type SetNotificationPreferencesBody = z.infer<typeof SetNotificationPreferencesBody>;

/** An item of the in-app notification centre. */
export const InAppNotification = z.object({
  id: z.uuid(),
  kind: NotificationKind,
  requestId: z.uuid().nullable(),
  reference: z.string().nullable(),
  /** One line in the caller's language. */
  summary: z.string(),
  createdAt: z.iso.datetime(),
  readAt: z.iso.datetime().nullable(),
});
export type InAppNotification = z.infer<typeof InAppNotification>;

export const InAppNotificationList = z.object({
  items: z.array(InAppNotification),
  nextCursor: z.string().nullable(),
});
export type InAppNotificationList = z.infer<typeof InAppNotificationList>;

export const ListNotificationsQuery = z.object({
  cursor: z.string().max(200).optional(),
  /** `true`: unread ones only. */
  unread: z.stringbool().default(false),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type ListNotificationsQuery = z.input<typeof ListNotificationsQuery>;

export const UnreadCount = z.object({ count: z.number().int().min(0) });
export type UnreadCount = z.infer<typeof UnreadCount>;

/** What a one-click unsubscribe link would turn off, shown before the user confirms. */
export const UnsubscribeTarget = z.object({ kind: NotificationKind });
export type UnsubscribeTarget = z.infer<typeof UnsubscribeTarget>;

/** The answer of an operator's digest run: how many users got a digest mail queued. */
export const DigestRun = z.object({ queued: z.number().int().min(0) });
export type DigestRun = z.infer<typeof DigestRun>;
