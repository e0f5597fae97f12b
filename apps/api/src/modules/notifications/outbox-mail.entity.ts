import type { Locale, OutboxMailStatus } from '@bgb/contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type { OutboxMailStatus };

/**
 * An outbox mail: a mail to send, written in the same transaction as the change that causes
 * it and delivered later by the delivery worker. Not to be confused with an in-app
 * notification, the item in a person's notification centre.
 */
@Entity('outbox_mail')
export class OutboxMail {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The same event never produces the same mail twice. */
  @Column({ name: 'idempotency_key', type: 'text', unique: true })
  idempotencyKey: string;

  @Column({ type: 'text' })
  kind: string;

  @Column({ name: 'request_id', type: 'uuid', nullable: true })
  requestId: string | null;

  @Column({ type: 'text' })
  recipient: string;

  @Column({ type: 'text' })
  locale: Locale;

  @Column({ type: 'text' })
  subject: string;

  @Column({ name: 'text_body', type: 'text' })
  textBody: string;

  @Column({ name: 'html_body', type: 'text' })
  htmlBody: string;

  /** Extra mail headers, e.g. the one-click unsubscribe of an optional kind. */
  @Column({ type: 'jsonb', default: {} })
  headers: Record<string, string>;

  @Column({ type: 'text' })
  status: OutboxMailStatus;

  @Column({ type: 'int' })
  attempts: number;

  @Column({ name: 'next_attempt_at', type: 'timestamptz', precision: 3 })
  nextAttemptAt: Date;

  @Column({ name: 'locked_until', type: 'timestamptz', precision: 3, nullable: true })
  lockedUntil: Date | null;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Column({ name: 'sent_at', type: 'timestamptz', precision: 3, nullable: true })
  sentAt: Date | null;
}
