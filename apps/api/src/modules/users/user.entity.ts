import type { Locale, Role } from '@bgb/contracts';
import {
  Column,
  CreateDateColumn,
  Entity,
  JoinTable,
  ManyToMany,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Biobank } from '../catalogue/biobank.entity';

@Entity('app_user')
export class User {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  email: string;

  @Column({ type: 'text' })
  institution: string;

  /** Null for someone who only signs in through their institution: no password opens it. */
  @Column({ name: 'password_hash', type: 'text', nullable: true, select: false })
  passwordHash: string | null;

  @Column({ type: 'text', array: true })
  roles: Role[];

  @Column({ type: 'text' })
  locale: Locale;

  /** When the person proved the address is theirs by opening a mailed link; null until then. */
  @Column({ name: 'email_verified_at', type: 'timestamptz', precision: 3, nullable: true })
  emailVerifiedAt: Date | null;
  /** Encrypted (see TotpSecretCipher); set up but not confirmed while totpEnabledAt is null. */
  @Column({ name: 'totp_secret', type: 'text', nullable: true, select: false })
  totpSecret: string | null;

  @Column({ name: 'totp_enabled_at', type: 'timestamptz', precision: 3, nullable: true })
  totpEnabledAt: Date | null;

  /** The time step of the last accepted code: a code of this step or earlier never works again. */
  @Column({
    name: 'totp_last_used_step',
    type: 'bigint',
    nullable: true,
    select: false,
    transformer: {
      to: (step: number | null) => step,
      from: (step: string | null) => (step === null ? null : Number(step)),
    },
  })
  totpLastUsedStep: number | null;

  /** The biobanks a coordinator acts for. */
  @ManyToMany(() => Biobank)
  @JoinTable({
    name: 'coordinator_biobank',
    joinColumn: { name: 'user_id', referencedColumnName: 'id' },
    inverseJoinColumn: { name: 'biobank_code', referencedColumnName: 'code' },
  })
  coordinatorOf: Biobank[];

  /** Set while an administrator has deactivated the account: no login, no session, no mail. */
  @Column({ name: 'deactivated_at', type: 'timestamptz', precision: 3, nullable: true })
  deactivatedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
