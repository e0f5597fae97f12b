import type { NotificationKind } from '@bgb/contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { NotifiedMailKind } from './notification-kinds';

/**
 * An item of a user's in-app notification centre. Every notification to a person gets one,
 * whatever they chose for mail; one held for the daily digest waits here until it is sent.
 */
@Entity('in_app_notification')
export class InAppNotification {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'idempotency_key', type: 'text', unique: true })
  idempotencyKey: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ type: 'text' })
  kind: NotificationKind;

  /** The mail kind that told of it: says what happened, and picks the summary's words. */
  @Column({ type: 'text' })
  event: NotifiedMailKind;

  @Column({ name: 'request_id', type: 'uuid', nullable: true })
  requestId: string | null;

  @Column({ type: 'text', nullable: true })
  reference: string | null;

  @Column({ type: 'jsonb' })
  details: Record<string, string>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Column({ name: 'read_at', type: 'timestamptz', precision: 3, nullable: true })
  readAt: Date | null;

  @Column({ name: 'digest_pending', type: 'boolean', default: false })
  digestPending: boolean;

  @Column({ name: 'digested_at', type: 'timestamptz', precision: 3, nullable: true })
  digestedAt: Date | null;
}
