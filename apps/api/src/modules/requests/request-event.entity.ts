import type { RequestStatus } from '@bgb/contracts';
import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { User } from '../users/user.entity';

/** One line of a request's audit trail: who changed what, and when. */
@Entity('request_event')
export class RequestEvent {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'request_id', type: 'uuid' })
  requestId: string;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @ManyToOne(() => User, { nullable: true })
  @JoinColumn({ name: 'actor_id' })
  actor: User | null;

  @Column({ type: 'text' })
  type: string;

  @Column({ name: 'from_status', type: 'text', nullable: true })
  fromStatus: RequestStatus | null;

  @Column({ name: 'to_status', type: 'text', nullable: true })
  toStatus: RequestStatus | null;

  @Column({ type: 'text', nullable: true })
  comment: string | null;

  /** Facts of the change, e.g. the new case handler; worded by the portal. */
  @Column({ type: 'jsonb', nullable: true })
  details: Record<string, string> | null;

  /** Position in the request's history, shared by events and messages. */
  @Column({ type: 'bigint', insert: false, update: false, select: true })
  seq: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
