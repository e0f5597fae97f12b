import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/app.config';
import { InAppNotification } from './in-app-notification.entity';
import { SUMMARY_VALUES } from './in-app-summaries';
import { unsubscribeApiLink, unsubscribePageLink } from './links';
import { MailTemplates } from './mail-templates';
import type { NotifiedMailKind } from './notification-kinds';
import { NotificationRouter, type RoutedMail } from './notification-router';
import { OutboxMail } from './outbox-mail.entity';
import type { OutgoingMail } from './outgoing-mail';

/**
 * Queues mails inside the caller's transaction: if the change rolls back, so do its mails,
 * and a committed change always has its mails waiting for the delivery worker. A mail to a
 * person also lands in their notification centre, and is sent now, held for their digest or
 * not mailed, as they chose.
 */
@Injectable()
export class OutboxService {
  constructor(
    private readonly templates: MailTemplates,
    private readonly router: NotificationRouter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async enqueue(manager: EntityManager, mails: OutgoingMail[]): Promise<void> {
    if (mails.length === 0) return;
    const routed = await this.router.route(manager, mails);
    const items = routed.flatMap(({ mail, notice }) =>
      notice
        ? [
            {
              idempotencyKey: mail.idempotencyKey,
              userId: notice.userId,
              kind: notice.kind,
              // A mail with a kind is never the digest.
              event: mail.kind as NotifiedMailKind,
              requestId: mail.requestId,
              reference: mail.values.reference ?? null,
              details: pick(mail.values, SUMMARY_VALUES),
              digestPending: notice.delivery === 'digest',
            },
          ]
        : [],
    );
    if (items.length > 0) {
      await manager
        .createQueryBuilder()
        .insert()
        .into(InAppNotification)
        .values(items)
        .orIgnore()
        .execute();
    }
    const rows = routed
      .filter(({ notice }) => (notice?.delivery ?? 'immediate') === 'immediate')
      .map((entry) => this.outboxRow(entry));
    if (rows.length > 0) {
      await manager
        .createQueryBuilder()
        .insert()
        .into(OutboxMail)
        .values(rows)
        .orIgnore()
        .execute();
    }
  }

  private outboxRow({ mail, notice }: RoutedMail) {
    const token = notice?.unsubscribeToken;
    const values = token
      ? { ...mail.values, unsubscribe: unsubscribePageLink(this.config, token) }
      : mail.values;
    const rendered = this.templates.render(mail.kind, mail.locale, values);
    return {
      idempotencyKey: mail.idempotencyKey,
      kind: mail.kind,
      requestId: mail.requestId,
      recipient: mail.recipient,
      locale: mail.locale,
      subject: rendered.subject,
      textBody: rendered.text,
      htmlBody: rendered.html,
      // RFC 8058 one-click unsubscribe; mandatory kinds carry none.
      headers: token
        ? {
            'List-Unsubscribe': `<${unsubscribeApiLink(this.config, token)}>`,
            'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
          }
        : {},
      status: 'pending' as const,
      attempts: 0,
    };
  }
}

function pick(values: Record<string, string>, names: readonly string[]): Record<string, string> {
  return Object.fromEntries(
    names.flatMap((name) => (values[name] === undefined ? [] : [[name, values[name]]])),
  );
}
