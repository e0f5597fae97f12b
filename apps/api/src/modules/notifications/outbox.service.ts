import type { Locale } from '@bgb/contracts';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { MailTemplates, type MailKind } from './mail-templates';
import { Notification } from './notification.entity';

export interface OutgoingMail {
  kind: MailKind;
  /** Unique per event and recipient: the same event never queues the same mail twice. */
  idempotencyKey: string;
  requestId: string | null;
  recipient: string;
  locale: Locale;
  values: Record<string, string> & { link: string };
}

/**
 * Queues mails inside the caller's transaction: if the change rolls back, so do its mails,
 * and a committed change always has its mails waiting for the delivery worker.
 */
@Injectable()
export class OutboxService {
  constructor(private readonly templates: MailTemplates) {}

  async enqueue(manager: EntityManager, mails: OutgoingMail[]): Promise<void> {
    if (mails.length === 0) return;
    const rows = mails.map((mail) => {
      const rendered = this.templates.render(mail.kind, mail.locale, mail.values);
      return {
        idempotencyKey: mail.idempotencyKey,
        kind: mail.kind,
        requestId: mail.requestId,
        recipient: mail.recipient,
        locale: mail.locale,
        subject: rendered.subject,
        textBody: rendered.text,
        htmlBody: rendered.html,
        status: 'pending' as const,
        attempts: 0,
      };
    });
    await manager.createQueryBuilder().insert().into(Notification).values(rows).orIgnore().execute();
  }
}
