import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import type { Transporter } from 'nodemailer';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/app.config';
import { watchOutboxCommits } from './outbox-commits';
import { type ClaimedMail, OutboxRepository } from './outbox.repository';
import { retryDelayMs } from './retry-backoff';
import { SMTP_CONNECTIONS } from './smtp-transport';

export const MAIL_TRANSPORT = Symbol('MAIL_TRANSPORT');

const BATCH_SIZE = 20;

/**
 * Sends what the outbox holds. Each batch is claimed with a time-limited lease under
 * `FOR UPDATE SKIP LOCKED`, so several workers never pick the same mail. The lease is renewed
 * while the batch is being sent, so a slow SMTP server cannot make it run out under a live
 * worker (and let another worker send the same mail); only a worker that dies loses its lease,
 * and then its mails wait until the lease runs out. The one mail a dead worker may have handed
 * to SMTP without recording it is then sent once more: at most one duplicate, never a loss.
 */
@Injectable()
export class DeliveryWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('DeliveryWorker');
  private timer?: NodeJS.Timeout;
  private current: Promise<void> = Promise.resolve();
  private running = false;
  /** Mails were committed during a round: the next round starts at once. */
  private wokenDuringRound = false;
  private stopped = false;

  constructor(
    private readonly outbox: OutboxRepository,
    @Inject(MAIL_TRANSPORT) private readonly transport: Transporter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  onApplicationBootstrap(): void {
    watchOutboxCommits(this.dataSource, () => this.wake());
    this.schedule(0);
  }

  /** New mails in the outbox: deliver now rather than at the next poll. */
  wake(): void {
    if (this.running) this.wokenDuringRound = true;
    else {
      clearTimeout(this.timer);
      this.schedule(0);
    }
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
      const leaseToken = randomUUID();
      const batch = await this.outbox.claim({
        leaseToken,
        leaseSeconds: this.config.MAIL_LEASE_SECONDS,
        batchSize: BATCH_SIZE,
        ratePerDomainPerMinute: this.config.MAIL_RATE_PER_DOMAIN_PER_MINUTE,
      });
      sent += await this.deliverBatch(batch, leaseToken);
      if (batch.length < BATCH_SIZE || this.stopped) return sent;
    }
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = true;
      this.wokenDuringRound = false;
      this.current = this.deliverDue()
        .then(() => undefined)
        .catch((error: unknown) => this.logger.error(error, 'Delivery round failed'))
        .finally(() => {
          this.running = false;
          this.schedule(this.wokenDuringRound ? 0 : this.config.MAIL_POLL_INTERVAL_MS);
        });
    }, delayMs);
  }

  /** Sends a batch over as many SMTP connections as the pool keeps, renewing the lease meanwhile. */
  private async deliverBatch(batch: ClaimedMail[], leaseToken: string): Promise<number> {
    if (batch.length === 0) return 0;
    const waiting = [...batch];
    const holding = new Set(batch.map((mail) => mail.id));
    const renewal = setInterval(
      () => {
        void this.outbox
          .renew([...holding], leaseToken, this.config.MAIL_LEASE_SECONDS)
          .then((held) => {
            if (held < holding.size)
              this.logger.warn(
                `Lost the lease of ${holding.size - held} mail(s); another worker may send them too`,
              );
          })
          .catch((error: unknown) => this.logger.error(error, 'Lease renewal failed'));
      },
      (this.config.MAIL_LEASE_SECONDS * 1000) / 3,
    );
    let sent = 0;
    const lane = async () => {
      for (let mail = waiting.shift(); mail && !this.stopped; mail = waiting.shift()) {
        if (await this.deliver(mail, leaseToken)) sent++;
        holding.delete(mail.id);
      }
    };
    try {
      await Promise.all(Array.from({ length: Math.min(SMTP_CONNECTIONS, batch.length) }, lane));
    } finally {
      clearInterval(renewal);
    }
    // Stopping: what was not started goes back to the outbox for the next worker, at once.
    if (waiting.length > 0)
      await this.outbox.release(
        waiting.map((mail) => mail.id),
        leaseToken,
      );
    return sent;
  }

  private async deliver(mail: ClaimedMail, leaseToken: string): Promise<boolean> {
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
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const failed = mail.attempts >= this.config.MAIL_MAX_ATTEMPTS;
      const retryIn = failed ? null : retryDelayMs(mail.attempts) / 1000;
      await this.outbox.markAttemptFailed(mail.id, leaseToken, message.slice(0, 1000), retryIn);
      this.logger.warn(
        `Mail ${mail.id} attempt ${mail.attempts} failed${failed ? ' for good' : ''}: ${message}`,
      );
      return false;
    }
    try {
      await this.outbox.markSent(mail.id);
    } catch (error) {
      // The lease runs out unrenewed and the mail goes once more: a duplicate rather than a loss.
      this.logger.error(error, `Mail ${mail.id} was sent but could not be recorded as sent`);
    }
    return true;
  }
}
