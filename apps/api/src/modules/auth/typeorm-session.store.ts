import { Store, type SessionData } from 'express-session';
import type { IncomingMessage } from 'node:http';
import type { DataSource, Repository } from 'typeorm';
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

/** Enough to tell browsers apart in the list of one's sessions; the header has no upper bound. */
const USER_AGENT_MAX_LENGTH = 512;

export interface SessionLifetimes {
  /** Idle lifetime: a session ends this long after its last request. */
  idleMs: number;
  /** Absolute lifetime: a session ends this long after it began, however active. */
  maxAgeMs: number;
}

/**
 * express-session's store on our own database connection. A ready-made PostgreSQL store would
 * open a second pool, which the single-session embedded database cannot take.
 */
export class TypeormSessionStore extends Store {
  private readonly sessions: Repository<UserSession>;

  constructor(
    dataSource: DataSource,
    private readonly lifetimes: SessionLifetimes,
  ) {
    super();
    this.sessions = dataSource.getRepository(UserSession);
  }

  override get(
    sid: string,
    callback: (error: unknown, session?: SessionData | null) => void,
  ): void {
    this.findLive(sid)
      .then((row) =>
        callback(
          null,
          row
            ? ({
                ...(row.data as SessionData),
                [STORED_EXPIRY]: row.expiresAt.toISOString(),
              } as LoadedSession)
            : null,
        ),
      )
      .catch((error) => callback(error));
  }

  /** The live session; one past its absolute lifetime is removed, so that it cannot come back. */
  private async findLive(sid: string): Promise<UserSession | null> {
    const row = await this.sessions.findOneBy({ sid });
    if (!row || row.expiresAt <= new Date()) return null;
    if (row.createdAt.getTime() + this.lifetimes.maxAgeMs <= Date.now()) {
      await this.sessions.delete({ sid });
      return null;
    }
    return row;
  }

  override set(sid: string, session: SessionData, callback?: Callback): void {
    const { [STORED_EXPIRY]: stored, ...data } = session as LoadedSession;
    const userId = (data as SessionData & { passport?: { user?: string } }).passport?.user ?? null;
    const fields = {
      userId,
      data,
      expiresAt: this.expiry(session),
      lastSeenAt: () => 'now()',
      userAgent: userAgent(session),
    };
    // A session loaded from the store is only updated: one ended meanwhile (signed out from
    // another browser) must not come back when a request that loaded it before saves it.
    (stored
      ? this.sessions.update({ sid }, fields)
      : this.sessions.upsert({ sid, ...fields }, ['sid'])
    )
      .then(() => callback?.())
      .catch((error) => callback?.(error));
  }

  override touch(sid: string, session: SessionData, callback?: Callback): void {
    const expiresAt = this.expiry(session);
    const stored = (session as LoadedSession)[STORED_EXPIRY];
    if (
      stored &&
      expiresAt.getTime() - new Date(stored).getTime() <
        Math.min(TOUCH_STEP_MS, this.lifetimes.idleMs / 10)
    ) {
      callback?.();
      return;
    }
    this.sessions
      .update({ sid }, { expiresAt, lastSeenAt: () => 'now()' })
      .then(() => callback?.())
      .catch((error) => callback?.(error));
  }

  override destroy(sid: string, callback?: Callback): void {
    this.sessions
      .delete({ sid })
      .then(() => callback?.())
      .catch((error) => callback?.(error));
  }

  /** Housekeeping: drops sessions that have run out, idle or past their absolute lifetime. */
  async pruneExpired(now = new Date()): Promise<number> {
    const result = await this.sessions
      .createQueryBuilder()
      .delete()
      .where('expires_at < :now OR created_at < :oldest', {
        now,
        oldest: new Date(now.getTime() - this.lifetimes.maxAgeMs),
      })
      .execute();
    return result.affected ?? 0;
  }

  private expiry(session: SessionData): Date {
    return session.cookie?.expires
      ? new Date(session.cookie.expires)
      : new Date(Date.now() + this.lifetimes.idleMs);
  }
}

/**
 * The browser a session is saved from. express-session hands the store its Session object,
 * which carries the request it belongs to (not in its published types).
 */
function userAgent(session: SessionData): string | null {
  const request = (session as { req?: IncomingMessage }).req;
  return request?.headers['user-agent']?.slice(0, USER_AGENT_MAX_LENGTH) ?? null;
}
