import {
  NOTIFICATION_KINDS,
  type NotificationKind,
  type NotificationPreferences,
  type SetNotificationPreferencesBody,
} from '@bgb/contracts';
import { deliveryOf, isMandatoryNotification, mayChooseDelivery } from '@bgb/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { ApiError } from '../../common/api-error';
import { NotificationPreference } from './notification-preference.entity';
import { UnsubscribeTokens } from './unsubscribe-token';

/** Each user's choice, per kind of notification, of how it reaches them by mail. */
@Injectable()
export class NotificationPreferencesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tokens: UnsubscribeTokens,
  ) {}

  async get(userId: string): Promise<NotificationPreferences> {
    const stored = await this.dataSource
      .getRepository(NotificationPreference)
      .find({ where: { userId } });
    const chosen = new Map(stored.map((preference) => [preference.kind, preference.delivery]));
    return {
      preferences: NOTIFICATION_KINDS.map((kind) => ({
        kind,
        delivery: deliveryOf(kind, chosen.get(kind)),
        mandatory: isMandatoryNotification(kind),
      })),
    };
  }

  /** All or nothing: one refused kind leaves every preference as it was. */
  async set(
    userId: string,
    body: SetNotificationPreferencesBody,
  ): Promise<NotificationPreferences> {
    const refused = body.preferences.flatMap(({ kind, delivery }, index) =>
      mayChooseDelivery(kind, delivery)
        ? []
        : [
            {
              field: `preferences.${index}.delivery`,
              code: 'mandatory_notification',
              message: mandatoryMessage(kind),
            },
          ],
    );
    if (refused.length > 0)
      throw ApiError.validation(refused, refused.map((error) => error.message).join(' '));
    await this.dataSource.transaction((manager) => this.store(manager, userId, body.preferences));
    return this.get(userId);
  }

  /** What an unsubscribe link would turn off; changes nothing, as mail scanners open links. */
  target(token: string): { kind: NotificationKind } {
    return { kind: this.verify(token).kind };
  }

  /** RFC 8058 one-click: turns the link's kind off; doing it twice is the same as once. */
  async unsubscribe(token: string): Promise<void> {
    const { userId, kind } = this.verify(token);
    if (!mayChooseDelivery(kind, 'off'))
      throw ApiError.validation([
        { field: 'token', code: 'mandatory_notification', message: mandatoryMessage(kind) },
      ]);
    await this.dataSource.transaction((manager) =>
      this.store(manager, userId, [{ kind, delivery: 'off' }]),
    );
  }

  private verify(token: string) {
    const target = this.tokens.verify(token);
    if (!target)
      throw ApiError.validation([
        { field: 'token', code: 'invalid_token', message: 'The unsubscribe link is not valid' },
      ]);
    return target;
  }

  private async store(
    manager: EntityManager,
    userId: string,
    preferences: SetNotificationPreferencesBody['preferences'],
  ): Promise<void> {
    // The user may have been deleted since the mail was sent: then there is nothing to store.
    const exists = await manager.query(`SELECT 1 FROM app_user WHERE id = $1`, [userId]);
    if (exists.length === 0) return;
    await manager
      .createQueryBuilder()
      .insert()
      .into(NotificationPreference)
      .values(preferences.map(({ kind, delivery }) => ({ userId, kind, delivery })))
      .orUpdate(['delivery', 'updated_at'], ['user_id', 'kind'])
      .execute();
  }
}

function mandatoryMessage(kind: NotificationKind): string {
  return `Notifications of the kind "${kind}" are mandatory: they are always mailed immediately and cannot be turned off or held for the digest`;
}
