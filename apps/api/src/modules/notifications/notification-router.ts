import type { NotificationDelivery, NotificationKind } from '@bgb/contracts';
import { deliveryOf, isMandatoryNotification } from '@bgb/domain';
import { Injectable } from '@nestjs/common';
import { type EntityManager, In, IsNull, Not } from 'typeorm';
import { User } from '../users/user.entity';
import { NotificationPreference } from './notification-preference.entity';
import { notificationKindOf } from './notification-kinds';
import type { OutgoingMail } from './outgoing-mail';
import { UnsubscribeTokens } from './unsubscribe-token';

/** What becomes of one mail to a person, as they chose. */
interface PersonalNotice {
  userId: string;
  kind: NotificationKind;
  delivery: NotificationDelivery;
  /** Set for a kind they may turn off: the token of its one-click unsubscribe. */
  unsubscribeToken: string | null;
}

export interface RoutedMail {
  mail: OutgoingMail;
  /** `null` for mails outside anyone's preferences: shared mailboxes, and the digest itself. */
  notice: PersonalNotice | null;
}

/**
 * Decides, inside the transaction of the change, how each mail reaches its person: now, in
 * tomorrow's digest, or not by mail at all. Every mail passes here, so this is where a
 * deactivated person's mails are dropped — with their in-app notifications: nobody can read
 * those while the account cannot log in, and a reactivated account should not open on a
 * backlog of stale news (each request's history keeps what happened).
 */
@Injectable()
export class NotificationRouter {
  constructor(private readonly tokens: UnsubscribeTokens) {}

  async route(manager: EntityManager, mails: OutgoingMail[]): Promise<RoutedMail[]> {
    const userIds = [...new Set(mails.flatMap((mail) => (mail.userId ? [mail.userId] : [])))];
    if (userIds.length === 0) return mails.map((mail) => ({ mail, notice: null }));
    // Through the caller's manager: on the embedded database its transaction holds the only connection.
    const stored = await manager.find(NotificationPreference, { where: { userId: In(userIds) } });
    const deactivated = new Set(
      (
        await manager.find(User, {
          select: { id: true },
          where: { id: In(userIds), deactivatedAt: Not(IsNull()) },
        })
      ).map((user) => user.id),
    );
    const chosen = new Map(
      stored.map((preference) => [`${preference.userId}:${preference.kind}`, preference.delivery]),
    );
    return mails.flatMap((mail): RoutedMail[] => {
      if (mail.userId && deactivated.has(mail.userId)) return [];
      const kind = notificationKindOf(mail.kind);
      if (!mail.userId || !kind) return [{ mail, notice: null }];
      const userId = mail.userId;
      return [
        {
          mail,
          notice: {
            userId,
            kind,
            delivery: deliveryOf(kind, chosen.get(`${userId}:${kind}`)),
            unsubscribeToken: isMandatoryNotification(kind)
              ? null
              : this.tokens.sign({ userId, kind }),
          },
        },
      ];
    });
  }
}
