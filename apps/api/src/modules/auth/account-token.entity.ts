import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** What a mailed link is for; each purpose is consumed only by its own endpoint. */
export type AccountTokenPurpose = 'email_verification' | 'password_reset' | 'email_change';

/**
 * A single-use link mailed to a person. Only the SHA-256 of the token is stored, so a leaked
 * table opens no account.
 */
@Entity('account_token')
export class AccountToken {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  purpose: AccountTokenPurpose;

  @Column({ name: 'token_hash', type: 'text' })
  tokenHash: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  /** The address the link was mailed to: a link for an address the account no longer has is void. */
  @Column({ type: 'text' })
  email: string;

  @Column({ type: 'jsonb' })
  data: Record<string, unknown>;

  @Column({ name: 'expires_at', type: 'timestamptz', precision: 3 })
  expiresAt: Date;

  @Column({ name: 'used_at', type: 'timestamptz', precision: 3, nullable: true })
  usedAt: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt: Date;
}
