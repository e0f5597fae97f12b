import { randomUUID } from 'node:crypto';
import {
  type Locale,
  MAIL_KINDS,
  type MailKind,
  type MailTemplateList,
  type QueuedMail,
  type RenderedMail,
  type SendTestMailBody,
} from '@bgb/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { z } from 'zod';
import { ApiError } from '../../common/api-error';
import type { AuthUser } from '../../common/auth.decorators';
import { APP_CONFIG, type AppConfig } from '../../config/app.config';
import { portalLink } from '../notifications/links';
import { MailTemplates } from '../notifications/mail-templates';
import { OutboxService } from '../notifications/outbox.service';
import type { OutgoingMail } from '../notifications/outgoing-mail';
import { sampleValues } from '../notifications/templates/mail-samples';

type TestMailInput = z.output<typeof SendTestMailBody>;

/** What administrators see of the mail templates, and the test mail that checks delivery. */
@Injectable()
export class AdminMailTemplatesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly templates: MailTemplates,
    private readonly outbox: OutboxService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  list(): MailTemplateList {
    return { items: this.templates.list() };
  }

  /** A kind rendered with realistic sample data, exactly as it would be sent. */
  preview(kind: string, locale: Locale): RenderedMail {
    const known = MAIL_KINDS.find((candidate) => candidate === kind);
    if (!known) throw ApiError.notFound(`No mail template ${kind}`);
    return this.templates.render(known, locale, sampleValues(this.config, known, locale));
  }

  /**
   * Queues a test mail through the outbox, so it travels the way every mail does: the plain test
   * mail, or the chosen kind with sample data.
   */
  async sendTest(admin: AuthUser, body: TestMailInput): Promise<QueuedMail> {
    const mail = this.testMail(admin, body.to, body.kind ?? 'test_mail', body.locale);
    await this.dataSource.transaction((manager) => this.outbox.enqueue(manager, [mail]));
    return {
      recipient: mail.recipient,
      subject: this.templates.render(mail.kind, mail.locale, mail.values).subject,
    };
  }

  private testMail(admin: AuthUser, to: string, kind: MailKind, locale: Locale): OutgoingMail {
    const values =
      kind === 'test_mail'
        ? { author: admin.name, link: portalLink(this.config) }
        : sampleValues(this.config, kind, locale);
    // To any address, not to a user: no preferences apply, nothing appears in a notification centre.
    return {
      kind,
      idempotencyKey: `test:${randomUUID()}`,
      requestId: null,
      userId: null,
      recipient: to,
      locale,
      values,
    };
  }
}
