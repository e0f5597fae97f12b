import type {
  Answers,
  ConsentBasis,
  DraftCoApplicant,
  Priority,
  RequestStatus,
} from '@bgb/contracts';
import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  JoinTable,
  ManyToMany,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Biobank } from '../catalogue/biobank.entity';
import { Service } from '../catalogue/service.entity';
import type { Routing } from '../routing/routing.entity';
import { User } from '../users/user.entity';

/**
 * A request, or a draft of one (status `draft`). A draft has no reference yet and may lack any
 * content; the database's CHECK keeps every other status complete. Those columns are typed as
 * a submitted request has them: drafts are read only by the drafts service, which checks each.
 */
@Entity('service_request')
export class ServiceRequest {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text', unique: true, nullable: true })
  reference: string;

  @Column({ type: 'text' })
  status: RequestStatus;

  /** Bumped by every change; a change based on an older version is a conflict. */
  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'text', nullable: true })
  title: string;

  @Column({ name: 'service_id', type: 'uuid', nullable: true })
  serviceId: string;

  @ManyToOne(() => Service)
  @JoinColumn({ name: 'service_id' })
  service: Service;

  /** Not a mapped relation: the repository joins them in, so a routing needs no link back. */
  routings: Routing[];

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

  @Column({ name: 'project_description', type: 'text', nullable: true })
  projectDescription: string;

  @Column({ name: 'principal_investigator', type: 'text', nullable: true })
  principalInvestigator: string;

  @Column({ type: 'text', nullable: true })
  institution: string;

  @Column({ name: 'co_applicants', type: 'jsonb' })
  coApplicants: DraftCoApplicant[];

  @Column({ type: 'text', nullable: true })
  funding: string | null;

  @Column({ name: 'industry_partner_name', type: 'text', nullable: true })
  industryPartnerName: string | null;

  @Column({ name: 'industry_partner_cvr', type: 'text', nullable: true })
  industryPartnerCvr: string | null;

  @Column({ name: 'ethics_approval_case_number', type: 'text', nullable: true })
  ethicsApprovalCaseNumber: string | null;

  /** The version of the service's questions the answers were given under; never moved on. */
  @Column({ name: 'question_set_version', type: 'int', nullable: true })
  questionSetVersion: number | null;

  @Column({ type: 'jsonb', nullable: true })
  answers: Answers | null;
  /** `YYYY-MM-DD`, as the driver reads a date column. */
  @Column({ name: 'ethics_approval_date', type: 'date', nullable: true })
  ethicsApprovalDate: string | null;

  @Column({ name: 'ethics_committee', type: 'text', nullable: true })
  ethicsCommittee: string | null;

  @Column({ name: 'data_protection_reference', type: 'text', nullable: true })
  dataProtectionReference: string | null;

  @Column({ name: 'consent_basis', type: 'text', nullable: true })
  consentBasis: ConsentBasis | null;

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
