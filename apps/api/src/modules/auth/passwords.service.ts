import type { ChangePasswordBody, PasswordResetConfirmBody } from '@bgb/contracts';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request } from 'express';
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { ApiError } from '../../common/api-error';
import type { AuthUser } from '../../common/auth.decorators';
import { APP_CONFIG, type AppConfig } from '../../config/app.config';
import { AuditLog, ownAccountEntry } from '../audit/audit-log';
import { portalLink, resetPasswordLink } from '../notifications/links';
import { OutboxService } from '../notifications/outbox.service';
import { PasswordHasher } from '../users/password-hasher';
import { PasswordPolicy, personalWords } from '../users/password-policy';
import { User } from '../users/user.entity';
import { AccountTokens } from './account-tokens';
import { UserSessions } from './user-sessions';

/** How long a reset link works. */
const RESET_TTL_MS = 3_600_000;

type Person = Pick<User, 'id' | 'name' | 'email' | 'institution' | 'locale'>;

/** Forgotten passwords and password changes: a new password always ends the other sessions. */
@Injectable()
export class PasswordsService {
  private readonly logger = new Logger(PasswordsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tokens: AccountTokens,
    private readonly sessions: UserSessions,
    private readonly hasher: PasswordHasher,
    private readonly policy: PasswordPolicy,
    private readonly outbox: OutboxService,
    private readonly audit: AuditLog,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Answers before looking the address up: the reply and its timing cannot tell whether an
   * account exists. The link is queued afterwards; should that fail, the person asks again.
   */
  requestReset(email: string, req: Request): void {
    const ip = req.ip ?? null;
    this.mailResetLink(email, ip).catch((error: unknown) =>
      this.logger.error(`Queuing a password reset link failed: ${String(error)}`),
    );
  }

  private async mailResetLink(email: string, ip: string | null): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const user = await manager
        .getRepository(User)
        .createQueryBuilder('user')
        .where('lower(user.email) = lower(:email)', { email })
        .getOne();
      if (!user) return;
      const token = await this.tokens.issue(manager, 'password_reset', user, RESET_TTL_MS);
      await this.mail(manager, user, 'password_reset', resetPasswordLink(this.config, token));
      await this.audit.record(
        {
          action: 'auth.password_reset_requested',
          actor: null,
          target: { type: 'user', id: user.id },
          ip,
        },
        manager,
      );
    });
  }

  /**
   * Sets the new password from a reset link, once. Opening the link proves the mailbox, so the
   * address counts as verified; every session ends, as whoever knew the old password is out.
   */
  async confirmReset(body: PasswordResetConfirmBody, req: Request): Promise<void> {
    // Hashed before the transaction, which on the embedded database holds the only connection.
    const passwordHash = await this.hasher.hash(body.password);
    await this.dataSource.transaction(async (manager) => {
      const link = await this.tokens.consume(manager, 'password_reset', body.token);
      const user = await manager.getRepository(User).findOneByOrFail({ id: link.userId });
      this.policy.assertStrong(body.password, 'password', personalWords(user));
      await manager.query(
        `UPDATE app_user SET password_hash = $2, updated_at = now(),
           email_verified_at = CASE WHEN lower(email) = lower($3)
             THEN coalesce(email_verified_at, now()) ELSE email_verified_at END
         WHERE id = $1`,
        [user.id, passwordHash, link.email],
      );
      // One link sets one password: the others mailed before it are void now.
      await manager.query(
        `UPDATE account_token SET used_at = now()
         WHERE user_id = $1 AND purpose = 'password_reset' AND used_at IS NULL`,
        [user.id],
      );
      await this.sessions.revokeAll(user.id, {}, manager);
      await this.mail(manager, user, 'password_changed', portalLink(this.config));
      await this.audit.record(ownAccountEntry('auth.password_reset', user, req), manager);
    });
  }

  /** A logged-in person changes their password; their other sessions end, this one stays. */
  async change(user: AuthUser, body: ChangePasswordBody, req: Request): Promise<void> {
    const stored = await this.dataSource
      .getRepository(User)
      .createQueryBuilder('user')
      .addSelect('user.passwordHash')
      .where('user.id = :id', { id: user.id })
      .getOneOrFail();
    // An account from institutional sign-in has no password to give: it sets one by a reset link.
    if (!(await this.hasher.verify(stored.passwordHash ?? undefined, body.currentPassword))) {
      throw new ApiError(400, 'WRONG_PASSWORD', 'The current password is wrong', [
        {
          field: 'currentPassword',
          code: 'WRONG_PASSWORD',
          message: 'The current password is wrong',
        },
      ]);
    }
    this.policy.assertStrong(body.newPassword, 'newPassword', personalWords(stored));
    const passwordHash = await this.hasher.hash(body.newPassword);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(User, { id: user.id }, { passwordHash });
      await this.sessions.revokeAll(user.id, { except: req.sessionID }, manager);
      await this.mail(manager, stored, 'password_changed', portalLink(this.config));
      await this.audit.record(ownAccountEntry('auth.password_changed', user, req), manager);
    });
  }

  private mail(
    manager: EntityManager,
    user: Person,
    kind: 'password_reset' | 'password_changed',
    link: string,
  ): Promise<void> {
    return this.outbox.enqueue(manager, [
      {
        kind,
        idempotencyKey: `${kind}:${randomUUID()}`,
        requestId: null,
        userId: user.id,
        recipient: user.email,
        locale: user.locale,
        values: { name: user.name, link },
      },
    ]);
  }
}
