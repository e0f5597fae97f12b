import type { SessionList } from '@bgb/contracts';
import { Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { z } from 'zod';
import { ApiError } from '../../common/api-error';
import type { AuthUser } from '../../common/auth.decorators';
import { AuditLog, auditOrigin } from '../audit/audit-log';
import { AuthService } from './auth.service';
import { UserSessions } from './user-sessions';

const SessionId = z.uuid();

/** A person's view of where they are signed in, and ending those sessions. */
@Injectable()
export class OwnSessionsService {
  constructor(
    private readonly sessions: UserSessions,
    private readonly auth: AuthService,
    private readonly audit: AuditLog,
  ) {}

  async list(user: AuthUser, req: Request): Promise<SessionList> {
    const rows = await this.sessions.list(user.id);
    return {
      items: rows.map((row) => ({
        id: row.id,
        createdAt: row.createdAt.toISOString(),
        lastSeenAt: row.lastSeenAt.toISOString(),
        userAgent: row.userAgent,
        current: row.sid === req.sessionID,
      })),
    };
  }

  /**
   * Ends one of the caller's sessions; anybody else's is as unknown as a made-up id. Ending the
   * caller's own is a logout, which also clears the cookie.
   */
  async end(user: AuthUser, id: string, req: Request, res: Response): Promise<void> {
    const session = SessionId.safeParse(id).success
      ? await this.sessions.findOwn(user.id, id)
      : null;
    if (!session) throw ApiError.notFound('No such session');
    const current = session.sid === req.sessionID;
    await this.audit.record({
      action: 'auth.session_revoked',
      ...auditOrigin(req),
      target: { type: 'session', id },
      details: { current },
    });
    if (current) await this.auth.logout(req, res);
    else await this.sessions.revoke(user.id, id);
  }

  /** "Sign out everywhere else": every session of the caller but the one asking. */
  async endOthers(user: AuthUser, req: Request): Promise<void> {
    const ended = await this.sessions.revokeAll(user.id, { except: req.sessionID });
    await this.audit.record({
      action: 'auth.session_revoked',
      ...auditOrigin(req),
      target: { type: 'user', id: user.id },
      details: { others: true, ended },
    });
  }
}
