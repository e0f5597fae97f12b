import {
  MANDATORY_NOTIFICATION_KINDS,
  type NotificationDelivery,
  type NotificationKind,
} from '@bgb/contracts';

export function isMandatoryNotification(kind: NotificationKind): boolean {
  return MANDATORY_NOTIFICATION_KINDS.includes(kind);
}

/**
 * How a notification of this kind reaches its person: as they chose, `immediate` when they
 * never chose, and always `immediate` for a mandatory kind, whatever was stored.
 */
export function deliveryOf(
  kind: NotificationKind,
  chosen: NotificationDelivery | undefined,
): NotificationDelivery {
  if (isMandatoryNotification(kind)) return 'immediate';
  return chosen ?? 'immediate';
}

/** Mandatory kinds are fixed: the only choice they accept is the one they already have. */
export function mayChooseDelivery(kind: NotificationKind, delivery: NotificationDelivery): boolean {
  return !isMandatoryNotification(kind) || delivery === 'immediate';
}
