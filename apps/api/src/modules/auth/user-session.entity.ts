import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A server-side session: deleting the row logs the browser out. */
@Entity('user_session')
export class UserSession {
  @PrimaryColumn({ type: 'text' })
  sid: string;

  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  @Column({ type: 'jsonb' })
  data: object;

  @Column({ name: 'expires_at', type: 'timestamptz', precision: 3 })
  expiresAt: Date;
}
