import type { DigestRun, Locale } from '@bgb/contracts';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/app.config';
import { summarize } from './in-app-summaries';
import { notificationSettingsLink, notificationsLink, requestLink } from './links';
import { OutboxService } from './outbox.service';
import { InAppNotification } from './in-app-notification.entity';

const DANISH_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Copenhagen',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The Danish calendar day of a moment, e.g. `2026-03-01`: a digest is once a day there. */
function danishDay(at: Date): string {
  return DANISH_DATE.format(at);
}

/**
 * The daily digest: one mail per user listing what was held for it since their last digest.
 * Its idempotency key is the user and the Danish day, so however many instances or runs
 * there are, a user gets at most one digest a day.
 */
@Injectable()
export class DigestService {
  private readonly logger = new Logger('DigestService');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async run(now = new Date()): Promise<DigestRun> {
    const users: { user_id: string }[] = await this.dataSource.query(
      `SELECT DISTINCT user_id FROM in_app_notification WHERE digest_pending`,
    );
    let queued = 0;
    for (const { user_id: userId } of users) {
      // One transaction per user: a failure for one never holds back everybody else's digest.
      try {
        if (
          await this.dataSource.transaction((manager) =>
            this.digestFor(manager, userId, danishDay(now)),
          )
        )
          queued++;
      } catch (error) {
        this.logger.error(error, `Digest for user ${userId} failed; it is retried at the next run`);
      }
    }
    return { queued };
  }

  private async digestFor(manager: EntityManager, userId: string, day: string): Promise<boolean> {
    // Runs for the same user wait for each other here, so the check below sees the other's digest.
    const [user]: { name: string; email: string; locale: Locale }[] = await manager.query(
      `SELECT name, email, locale FROM app_user WHERE id = $1 FOR NO KEY UPDATE`,
      [userId],
    );
    const idempotencyKey = `digest:${userId}:${day}`;
    const already = await manager.query(`SELECT 1 FROM outbox_mail WHERE idempotency_key = $1`, [
      idempotencyKey,
    ]);
    // Items that arrive after today's digest wait for tomorrow's.
    if (!user || already.length > 0) return false;
    const items = await manager.find(InAppNotification, {
      where: { userId, digestPending: true },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    if (items.length === 0) return false;
    const lines = items.map((item) => {
      const summary = `• ${item.reference ? `[${item.reference}] ` : ''}${summarize(item.event, user.locale, item.details)}`;
      return item.requestId ? `${summary}\n  ${requestLink(this.config, item.requestId)}` : summary;
    });
    await this.outbox.enqueue(manager, [
      {
        kind: 'digest',
        idempotencyKey,
        requestId: null,
        userId,
        recipient: user.email,
        locale: user.locale,
        values: {
          name: user.name,
          count: String(items.length),
          items: lines.join('\n'),
          settings: notificationSettingsLink(this.config),
          link: notificationsLink(this.config),
        },
      },
    ]);
    await manager
      .createQueryBuilder()
      .update(InAppNotification)
      .set({ digestPending: false, digestedAt: () => 'now()' })
      .whereInIds(items.map((item) => item.id))
      .execute();
    return true;
  }
}
