import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One single-use recovery code of a user with a second factor; only its hash is kept. */
@Entity('mfa_recovery_code')
export class MfaRecoveryCode {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ name: 'code_hash', type: 'text' })
  codeHash: string;

  @Column({ name: 'used_at', type: 'timestamptz', precision: 3, nullable: true })
  usedAt: Date | null;
}
