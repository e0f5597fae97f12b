import type { Answers, Priority, RequestStatus } from '@bgb/contracts';
import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  JoinTable,
  ManyToMany,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  type Relation,
  UpdateDateColumn,
} from 'typeorm';
import { Biobank } from '../catalogue/biobank.entity';
import { Service } from '../catalogue/service.entity';
import { Routing } from '../routing/routing.entity';
import { User } from '../users/user.entity';

@Entity('service_request')
export class ServiceRequest {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text', unique: true })
  reference: string;

  @Column({ type: 'text' })
  status: RequestStatus;

  /** Bumped by every change; a change based on an older version is a conflict. */
  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'text' })
  title: string;

  @Column({ name: 'service_id', type: 'uuid' })
  serviceId: string;

  @ManyToOne(() => Service)
  @JoinColumn({ name: 'service_id' })
  service: Service;

  @OneToMany(() => Routing, (routing) => routing.request)
  routings: Relation<Routing>[];

  /** A copy of the requested biobanks' codes, sorted, for the queue's indexed biobank filter. */
  @Column({ name: 'biobank_codes', type: 'text', array: true })
  biobankCodes: string[];

  @ManyToMany(() => Biobank)
  @JoinTable({
    name: 'requested_biobank',
    joinColumn: { name: 'request_id', referencedColumnName: 'id' },
    inverseJoinColumn: { name: 'biobank_code', referencedColumnName: 'code' },
  })
  biobanks: Biobank[];

  @Column({ name: 'project_description', type: 'text' })
  projectDescription: string;

  @Column({ name: 'principal_investigator', type: 'text' })
  principalInvestigator: string;

  @Column({ type: 'text' })
  institution: string;

  @Column({ name: 'ethics_approval_case_number', type: 'text', nullable: true })
  ethicsApprovalCaseNumber: string | null;

  /** The version of the service's questions the answers were given under; never moved on. */
  @Column({ name: 'question_set_version', type: 'int', nullable: true })
  questionSetVersion: number | null;

  @Column({ type: 'jsonb', nullable: true })
  answers: Answers | null;

  @Column({ name: 'researcher_id', type: 'uuid' })
  researcherId: string;

  @ManyToOne(() => User)
  @JoinColumn({ name: 'researcher_id' })
  researcher: User;

  /** Copied at submission so that full-text search needs no join. */
  @Column({ name: 'researcher_name', type: 'text' })
  researcherName: string;

  @Column({ type: 'text' })
  priority: Priority;

  @Column({ name: 'assignee_id', type: 'uuid', nullable: true })
  assigneeId: string | null;

  @ManyToOne(() => User, { nullable: true })
  @JoinColumn({ name: 'assignee_id' })
  assignee: User | null;

  @Column({ name: 'first_response_due_at', type: 'timestamptz', precision: 3, nullable: true })
  firstResponseDueAt: Date | null;

  @Column({ name: 'first_responded_at', type: 'timestamptz', precision: 3, nullable: true })
  firstRespondedAt: Date | null;

  @Column({ name: 'last_activity_at', type: 'timestamptz', precision: 3 })
  lastActivityAt: Date;

  @Column({ name: 'submitted_at', type: 'timestamptz', precision: 3, nullable: true })
  submittedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
