import { Store, type SessionData } from 'express-session';
import { LessThan, type DataSource, type Repository } from 'typeorm';
import { UserSession } from './user-session.entity';

type Callback = (error?: unknown) => void;

/**
 * express-session's store on our own database connection. A ready-made PostgreSQL store would
 * open a second pool, which the single-session embedded database cannot take.
 */
export class TypeormSessionStore extends Store {
  private readonly sessions: Repository<UserSession>;

  constructor(
    dataSource: DataSource,
    private readonly ttlMs: number,
  ) {
    super();
    this.sessions = dataSource.getRepository(UserSession);
  }

  override get(
    sid: string,
    callback: (error: unknown, session?: SessionData | null) => void,
  ): void {
    this.sessions
      .findOneBy({ sid })
      .then((row) =>
        callback(null, row && row.expiresAt > new Date() ? (row.data as SessionData) : null),
      )
      .catch((error) => callback(error));
  }

  override set(sid: string, session: SessionData, callback?: Callback): void {
    const userId =
      (session as SessionData & { passport?: { user?: string } }).passport?.user ?? null;
    this.sessions
      .upsert({ sid, userId, data: session, expiresAt: this.expiry(session) }, ['sid'])
      .then(() => callback?.())
      .catch((error) => callback?.(error));
  }

  override touch(sid: string, session: SessionData, callback?: Callback): void {
    this.sessions
      .update({ sid }, { expiresAt: this.expiry(session) })
      .then(() => callback?.())
      .catch((error) => callback?.(error));
  }

  override destroy(sid: string, callback?: Callback): void {
    this.sessions
      .delete({ sid })
      .then(() => callback?.())
      .catch((error) => callback?.(error));
  }

  /** Housekeeping: drops sessions that have run out. */
  async pruneExpired(now = new Date()): Promise<number> {
    const result = await this.sessions.delete({ expiresAt: LessThan(now) });
    return result.affected ?? 0;
  }

  private expiry(session: SessionData): Date {
    return session.cookie?.expires
      ? new Date(session.cookie.expires)
      : new Date(Date.now() + this.ttlMs);
  }
}
