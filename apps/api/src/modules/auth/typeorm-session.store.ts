import { Store, type SessionData } from 'express-session';
import { LessThan, type DataSource, type Repository } from 'typeorm';
import { UserSession } from './user-session.entity';

type Callback = (error?: unknown) => void;

/**
 * A rolling session is touched on every request; writing its new expiry each time would add a
 * write to every read. The stored expiry travels with the loaded session under this key, and a
 * touch writes only when it would move the expiry by more than a step (a minute, or a tenth of a
 * short lifetime), so an idle session may end up to that much earlier than its cookie says.
 */
const STORED_EXPIRY = 'storedExpiry';
const TOUCH_STEP_MS = 60_000;
type LoadedSession = SessionData & { [STORED_EXPIRY]?: string };

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
        callback(
          null,
          row && row.expiresAt > new Date()
            ? ({
                ...(row.data as SessionData),
                [STORED_EXPIRY]: row.expiresAt.toISOString(),
              } as LoadedSession)
            : null,
        ),
      )
      .catch((error) => callback(error));
  }

  override set(sid: string, session: SessionData, callback?: Callback): void {
    const { [STORED_EXPIRY]: _stored, ...data } = session as LoadedSession;
    const userId = (data as SessionData & { passport?: { user?: string } }).passport?.user ?? null;
    this.sessions
      .upsert({ sid, userId, data, expiresAt: this.expiry(session) }, ['sid'])
      .then(() => callback?.())
      .catch((error) => callback?.(error));
  }

  override touch(sid: string, session: SessionData, callback?: Callback): void {
    const expiresAt = this.expiry(session);
    const stored = (session as LoadedSession)[STORED_EXPIRY];
    if (
      stored &&
      expiresAt.getTime() - new Date(stored).getTime() < Math.min(TOUCH_STEP_MS, this.ttlMs / 10)
    ) {
      callback?.();
      return;
    }
    this.sessions
      .update({ sid }, { expiresAt })
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
