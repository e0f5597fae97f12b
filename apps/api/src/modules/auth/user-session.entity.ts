import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A server-side session: deleting the row logs the browser out. */
@Entity('user_session')
export class UserSession {
  /** The cookie's value: a credential, never shown to anyone. */
  @PrimaryColumn({ type: 'text' })
  sid: string;

  /** What names the session to its person, to list it or end it. */
  @Column({ type: 'uuid', insert: false, update: false })
  id: string;

  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  @Column({ type: 'jsonb' })
  data: object;

  @Column({ name: 'expires_at', type: 'timestamptz', precision: 3 })
  expiresAt: Date;

  /** When the session began; it ends SESSION_MAX_HOURS later however active it is. */
  @Column({ name: 'created_at', type: 'timestamptz', precision: 3, insert: false, update: false })
  createdAt: Date;

  /** Written with the expiry, so to within the store's touch step. */
  @Column({ name: 'last_seen_at', type: 'timestamptz', precision: 3 })
  lastSeenAt: Date;

  @Column({ name: 'user_agent', type: 'text', nullable: true })
  userAgent: string | null;
}
