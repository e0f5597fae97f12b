import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { NotificationCursor } from './notification-cursor';
import type { OutboxMailStatus } from './outbox-mail.entity';

export interface ClaimedMail {
  id: string;
  recipient: string;
  subject: string;
  text_body: string;
  html_body: string;
  /** Extra headers stored with the mail, e.g. List-Unsubscribe. */
  headers: Record<string, string>;
  attempts: number;
}

export interface ClaimOptions {
  leaseToken: string;
  leaseSeconds: number;
  batchSize: number;
  ratePerDomainPerMinute: number;
}

export interface OutboxRow {
  id: string;
  recipient: string;
  kind: string;
  subject: string;
  status: OutboxMailStatus;
  attempts: number;
  last_error: string | null;
  created_at: Date;
  next_attempt_at: Date;
  sent_at: Date | null;
}

/**
 * Claims are serialised by this transaction-scoped advisory lock (an arbitrary constant), so that
 * the per-domain count one worker reads already includes every claim another worker committed.
 */
const CLAIM_LOCK = 7_340_001;

/** Due mails looked at per claim, so a domain at its limit cannot hide the others' mails. */
const SCAN_FACTOR = 5;

/** The outbox queries of the delivery workers and of the administrators' list. */
@Injectable()
export class OutboxRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Leases up to `batchSize` due mails to one worker and counts the attempt. Mails of a domain
   * that already had `ratePerDomainPerMinute` claims in the last minute stay where they are.
   */
  claim(options: ClaimOptions): Promise<ClaimedMail[]> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [CLAIM_LOCK]);
      return manager.query(
        `WITH used AS (
           SELECT recipient_domain, count(*)::int AS used FROM outbox_mail
           WHERE claimed_at > now() - interval '1 minute'
           GROUP BY recipient_domain),
         due AS (
           SELECT id, recipient_domain, next_attempt_at FROM outbox_mail
           WHERE status = 'pending' AND next_attempt_at <= now()
             AND (locked_until IS NULL OR locked_until < now())
             AND recipient_domain NOT IN (SELECT recipient_domain FROM used WHERE used >= $4)
           ORDER BY next_attempt_at, id
           LIMIT $1 * ${SCAN_FACTOR}
           FOR UPDATE SKIP LOCKED),
         chosen AS (
           SELECT ranked.id FROM (
             SELECT due.*, row_number() OVER (PARTITION BY recipient_domain ORDER BY next_attempt_at, id) AS rank FROM due
           ) ranked LEFT JOIN used USING (recipient_domain)
           WHERE ranked.rank + coalesce(used.used, 0) <= $4
           ORDER BY ranked.next_attempt_at, ranked.id
           LIMIT $1),
         claimed AS (
           UPDATE outbox_mail n
           SET attempts = attempts + 1, locked_until = now() + make_interval(secs => $2), lease_token = $3, claimed_at = now()
           FROM chosen WHERE n.id = chosen.id
           RETURNING n.id, n.recipient, n.subject, n.text_body, n.html_body, n.headers, n.attempts)
         SELECT * FROM claimed`,
        [
          options.batchSize,
          options.leaseSeconds,
          options.leaseToken,
          options.ratePerDomainPerMinute,
        ],
      ) as Promise<ClaimedMail[]>;
    });
  }

  /** Extends the lease of mails this worker still holds; returns how many it still holds. */
  async renew(ids: string[], leaseToken: string, leaseSeconds: number): Promise<number> {
    const [, count] = (await this.dataSource.query(
      `UPDATE outbox_mail SET locked_until = now() + make_interval(secs => $3)
       WHERE id = ANY($1::uuid[]) AND lease_token = $2 AND status = 'pending'`,
      [ids, leaseToken, leaseSeconds],
    )) as [unknown, number];
    return count;
  }

  /** Gives mails back unsent (a worker stopping): they are due again at once, the attempt not counted. */
  async release(ids: string[], leaseToken: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE outbox_mail SET locked_until = NULL, lease_token = NULL, attempts = attempts - 1
       WHERE id = ANY($1::uuid[]) AND lease_token = $2 AND status = 'pending'`,
      [ids, leaseToken],
    );
  }

  /** The SMTP server took the mail: whoever holds the lease now, it must not be sent again. */
  async markSent(id: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE outbox_mail SET status = 'sent', sent_at = now(), locked_until = NULL, lease_token = NULL, last_error = NULL
       WHERE id = $1 AND status = 'pending'`,
      [id],
    );
  }

  /** Records a failed attempt, unless another worker has taken the mail over meanwhile. */
  async markAttemptFailed(
    id: string,
    leaseToken: string,
    error: string,
    retryInSeconds: number | null,
  ): Promise<void> {
    await this.dataSource.query(
      `UPDATE outbox_mail
       SET status = CASE WHEN $4::float8 IS NULL THEN 'failed' ELSE 'pending' END, last_error = $3,
           locked_until = NULL, lease_token = NULL,
           next_attempt_at = now() + make_interval(secs => coalesce($4::float8, 0))
       WHERE id = $1 AND lease_token = $2 AND status = 'pending'`,
      [id, leaseToken, error, retryInSeconds],
    );
  }

  /** Newest first; `limit` rows after the cursor. */
  list(
    status: OutboxMailStatus | undefined,
    after: NotificationCursor | undefined,
    limit: number,
  ): Promise<OutboxRow[]> {
    const where: string[] = [];
    const params: unknown[] = [limit];
    if (status) {
      params.push(status);
      where.push(`status = $${params.length}`);
    }
    if (after) {
      params.push(after.createdAt, after.id);
      where.push(
        `(created_at, id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`,
      );
    }
    return this.dataSource.query(
      `SELECT id, recipient, kind, subject, status, attempts, last_error, created_at, next_attempt_at, sent_at
       FROM outbox_mail ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY created_at DESC, id DESC LIMIT $1`,
      params,
    );
  }

  /**
   * Makes a failed mail due again now with a fresh count of attempts. Returns the row as this update left it: the delivery
   * loop may claim it at once, and the admin who clicked should see what they did.
   */
  async resend(id: string): Promise<{ resent?: OutboxRow; exists: boolean }> {
    const [rows] = (await this.dataSource.query(
      `UPDATE outbox_mail SET status = 'pending', attempts = 0, next_attempt_at = now(), locked_until = NULL, lease_token = NULL
       WHERE id = $1 AND status = 'failed'
       RETURNING id, recipient, kind, subject, status, attempts, last_error, created_at, next_attempt_at, sent_at`,
      [id],
    )) as [OutboxRow[], number];
    if (rows.length > 0) return { resent: rows[0], exists: true };
    const found = (await this.dataSource.query('SELECT 1 FROM outbox_mail WHERE id = $1', [
      id,
    ])) as unknown[];
    return { exists: found.length > 0 };
  }
}
