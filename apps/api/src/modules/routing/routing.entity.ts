import type { RoutingStatus } from '@bgb/contracts';
import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * One biobank a request was routed to, with that biobank's own status. It names its request by
 * id only: the request reads its routings, never the other way round.
 */
@Entity('routing')
export class Routing {
  @PrimaryColumn({ name: 'request_id', type: 'uuid' })
  requestId: string;

  @PrimaryColumn({ name: 'biobank_code', type: 'text' })
  biobankCode: string;

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
