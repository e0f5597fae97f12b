import { type BeforeApplicationShutdown, Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Transporter } from 'nodemailer';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/app.config';
import { retryDelayMs } from './retry-backoff';

export const MAIL_TRANSPORT = Symbol('MAIL_TRANSPORT');

/** How long a claimed mail stays with one worker before another may take it over. */
const LEASE_SECONDS = 120;
const BATCH_SIZE = 20;

interface ClaimedMail {
  id: string;
  recipient: string;
  subject: string;
  text_body: string;
  html_body: string;
  headers: Record<string, string>;
  attempts: number;
}

/**
 * Sends what the outbox holds. Each batch is claimed with a time-limited lease under
 * `FOR UPDATE SKIP LOCKED`, so several API instances never pick the same mail, and a worker
 * that dies mid-send only delays its mails until the lease runs out.
 */
@Injectable()
export class DeliveryWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('DeliveryWorker');
  private timer?: NodeJS.Timeout;
  private current: Promise<void> = Promise.resolve();
  private stopped = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(MAIL_TRANSPORT) private readonly transport: Transporter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.schedule(0);
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.current;
    this.transport.close();
  }

  /** Delivers every mail that is due now; returns how many were sent. */
  async deliverDue(): Promise<number> {
    let sent = 0;
    for (;;) {
      const batch = await this.claim();
      for (const mail of batch) {
        if (await this.deliver(mail)) sent++;
      }
      if (batch.length < BATCH_SIZE || this.stopped) return sent;
    }
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.current = this.deliverDue()
        .then(() => undefined)
        .catch((error: unknown) => this.logger.error(error, 'Delivery round failed'))
        .finally(() => this.schedule(this.config.MAIL_POLL_INTERVAL_MS));
    }, delayMs);
  }

  private claim(): Promise<ClaimedMail[]> {
    return this.dataSource.query(
      `WITH claimed AS (
         UPDATE notification SET attempts = attempts + 1, locked_until = now() + make_interval(secs => $2)
         WHERE id IN (
           SELECT id FROM notification
           WHERE status = 'pending' AND next_attempt_at <= now()
             AND (locked_until IS NULL OR locked_until < now())
           ORDER BY next_attempt_at
           LIMIT $1
           FOR UPDATE SKIP LOCKED)
         RETURNING id, recipient, subject, text_body, html_body, headers, attempts)
       SELECT * FROM claimed`,
      [BATCH_SIZE, LEASE_SECONDS],
    );
  }

  private async deliver(mail: ClaimedMail): Promise<boolean> {
    try {
      await this.transport.sendMail({
        from: this.config.MAIL_FROM,
        to: mail.recipient,
        subject: mail.subject,
        text: mail.text_body,
        html: mail.html_body,
        // A stable id lets mail systems recognise the rare resend after a crash.
        messageId: `<${mail.id}@bgb-portal>`,
        headers: { ...mail.headers, 'X-BGB-Notification': mail.id },
      });
      await this.dataSource.query(
        `UPDATE notification SET status = 'sent', sent_at = now(), locked_until = NULL, last_error = NULL WHERE id = $1`,
        [mail.id],
      );
      return true;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const failed = mail.attempts >= this.config.MAIL_MAX_ATTEMPTS;
      await this.dataSource.query(
        `UPDATE notification
         SET status = $2, last_error = $3, locked_until = NULL,
             next_attempt_at = now() + make_interval(secs => $4)
         WHERE id = $1`,
        [mail.id, failed ? 'failed' : 'pending', message.slice(0, 1000), retryDelayMs(mail.attempts) / 1000],
      );
      this.logger.warn(`Mail ${mail.id} attempt ${mail.attempts} failed${failed ? ' for good' : ''}: ${message}`);
      return false;
    }
  }
}
