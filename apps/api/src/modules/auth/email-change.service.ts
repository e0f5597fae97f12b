import { Inject, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { randomUUID } from 'node:crypto';
import { type EntityManager, QueryFailedError } from 'typeorm';
import type { AuthUser } from '../../common/auth.decorators';
import { invalidToken } from '../../common/link-token';
import { APP_CONFIG, type AppConfig } from '../../config/app.config';
import { AuditLog } from '../audit/audit-log';
import { portalLink, verifyEmailLink } from '../notifications/links';
import { OutboxService } from '../notifications/outbox.service';
import { emailTaken } from '../users/users.service';
import { AccountTokens } from './account-tokens';

/** How long the link to confirm a new address works, as long as the one after registration. */
const EMAIL_CHANGE_TTL_MS = 48 * 3_600_000;

const UNIQUE_VIOLATION = '23505';

type Person = Pick<AuthUser, 'id' | 'email' | 'name' | 'locale'>;

/**
 * A person moves their account to another e-mail address. The new address takes over only
 * once its mailbox has opened the link sent to it; until then the old one stays in use, and it
 * is told, so that a stolen session cannot quietly take the account away.
 */
@Injectable()
export class EmailChangeService {
  constructor(
    private readonly tokens: AccountTokens,
    private readonly outbox: OutboxService,
    private readonly audit: AuditLog,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** 409 EMAIL_TAKEN when another account has the address (in any case). */
  async assertFree(manager: EntityManager, email: string, userId: string): Promise<void> {
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM app_user WHERE lower(email) = lower($1) AND id <> $2`,
      [email, userId],
    );
    if (rows.length > 0) throw emailTaken();
  }

  /**
   * Mails the link to the new address and a notice to the current one, in the caller's
   * transaction. Only the newest request counts: links mailed for earlier ones are void.
   */
  async request(manager: EntityManager, user: Person, newEmail: string): Promise<void> {
    await this.assertFree(manager, newEmail, user.id);
    await manager.query(
      `UPDATE account_token SET used_at = now()
       WHERE user_id = $1 AND purpose = 'email_change' AND used_at IS NULL`,
      [user.id],
    );
    const token = await this.tokens.issue(manager, 'email_change', user, EMAIL_CHANGE_TTL_MS, {
      newEmail,
    });
    const mail = { requestId: null, userId: user.id, locale: user.locale } as const;
    await this.outbox.enqueue(manager, [
      {
        ...mail,
        kind: 'email_change',
        idempotencyKey: `email_change:${randomUUID()}`,
        recipient: newEmail,
        values: {
          name: user.name,
          previousEmail: user.email,
          link: verifyEmailLink(this.config, token),
        },
      },
      {
        ...mail,
        kind: 'email_change_notice',
        idempotencyKey: `email_change_notice:${randomUUID()}`,
        recipient: user.email,
        values: { name: user.name, email: newEmail, link: portalLink(this.config) },
      },
    ]);
  }

  /**
   * Opens a link mailed to a new address: the account takes that address, verified. False when
   * the token is no such link (it may be another kind the caller handles). The link belongs to
   * the address the account had when it was asked for: a change made since voids it.
   */
  async confirm(manager: EntityManager, token: string, req: Request): Promise<boolean> {
    const link = await this.tokens.consume(manager, 'email_change', token).catch(() => null);
    if (!link) return this.openedBefore(manager, token);
    const newEmail = String(link.data.newEmail);
    await this.assertFree(manager, newEmail, link.userId);
    const rows: unknown[] = await manager
      .query(
        // As a CTE: TypeORM answers a bare UPDATE … RETURNING differently per driver.
        `WITH changed AS (
           UPDATE app_user SET email = $3, email_verified_at = now(), updated_at = now()
           WHERE id = $1 AND lower(email) = lower($2) AND deactivated_at IS NULL
           RETURNING id)
         SELECT id FROM changed`,
        [link.userId, link.email, newEmail],
      )
      .catch((error: unknown) => {
        // Two accounts asked for the same address at once: the unique index lets one have it.
        if (
          error instanceof QueryFailedError &&
          (error as { code?: string }).code === UNIQUE_VIOLATION
        )
          throw emailTaken();
        throw error;
      });
    if (rows.length === 0) throw invalidToken();
    // Links mailed to the old address (a reset, a verification) must not open the account now.
    await manager.query(
      `UPDATE account_token SET used_at = now() WHERE user_id = $1 AND used_at IS NULL`,
      [link.userId],
    );
    await this.audit.record(
      {
        action: 'user.email_changed',
        actor: { id: link.userId, email: newEmail },
        target: { type: 'user', id: link.userId },
        ip: req.ip ?? null,
        details: { from: link.email, to: newEmail },
      },
      manager,
    );
    return true;
  }

  /**
   * A link opened again (a mail scanner, a second click) is fine while the account still has
   * the address it confirmed; otherwise it is spent.
   */
  private async openedBefore(manager: EntityManager, token: string): Promise<boolean> {
    const link = await this.tokens.usedBefore(manager, 'email_change', token);
    if (!link) return false;
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM app_user
       WHERE id = $1 AND lower(email) = lower($2) AND email_verified_at IS NOT NULL`,
      [link.userId, String(link.data.newEmail)],
    );
    if (rows.length === 0) throw invalidToken();
    return true;
  }
}
