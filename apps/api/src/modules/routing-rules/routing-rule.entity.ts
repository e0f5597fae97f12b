import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { User } from '../users/user.entity';

@Entity('routing_rule')
export class RoutingRule {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'service_id', type: 'uuid', nullable: true })
  serviceId: string | null;

  @Column({ name: 'requested_biobank_codes', type: 'text', array: true })
  requestedBiobankCodes: string[];

  @Column({ name: 'suggested_biobank_codes', type: 'text', array: true })
  suggestedBiobankCodes: string[];

  @Column({ name: 'default_assignee_id', type: 'uuid', nullable: true })
  defaultAssigneeId: string | null;

  @ManyToOne(() => User, { nullable: true })
  @JoinColumn({ name: 'default_assignee_id' })
  defaultAssignee: User | null;

  /** Bumped by every change; an edit based on an older version is a conflict. */
  @Column({ type: 'int' })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
