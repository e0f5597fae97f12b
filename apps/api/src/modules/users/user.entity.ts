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

  /** The biobanks a coordinator acts for. */
  @ManyToMany(() => Biobank)
  @JoinTable({
    name: 'coordinator_biobank',
    joinColumn: { name: 'user_id', referencedColumnName: 'id' },
    inverseJoinColumn: { name: 'biobank_code', referencedColumnName: 'code' },
  })
  coordinatorOf: Biobank[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
