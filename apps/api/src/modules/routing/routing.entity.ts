import type { RoutingStatus } from '@bgb/contracts';
import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
  UpdateDateColumn,
} from 'typeorm';
import { ServiceRequest } from '../requests/service-request.entity';

/** One biobank a request was routed to, with that biobank's own status. */
@Entity('routing')
export class Routing {
  @PrimaryColumn({ name: 'request_id', type: 'uuid' })
  requestId: string;

  @PrimaryColumn({ name: 'biobank_code', type: 'text' })
  biobankCode: string;

  @ManyToOne(() => ServiceRequest, (request) => request.routings, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'request_id' })
  request: Relation<ServiceRequest>;

  @Column({ type: 'text' })
  status: RoutingStatus;

  /** The secretariat's note to the biobank; not shown to the researcher. */
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'decline_reason', type: 'text', nullable: true })
  declineReason: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
