import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request } from 'express';
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../../common/auth.decorators';
import { APP_CONFIG, type AppConfig } from '../../config/app.config';
import { AuditLog, ownAccountEntry } from '../audit/audit-log';
import { verifyEmailLink } from '../notifications/links';
import { OutboxService } from '../notifications/outbox.service';
import { invalidToken } from '../../common/link-token';
import { AccountTokens } from './account-tokens';
import { EmailChangeService } from './email-change.service';

/** How long a verification link works. */
const VERIFICATION_TTL_MS = 48 * 3_600_000;

type Recipient = Pick<AuthUser, 'id' | 'email' | 'name' | 'locale'>;

/** Proving that an account's e-mail address belongs to its person, by a mailed link. */
@Injectable()
export class EmailVerificationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tokens: AccountTokens,
    private readonly outbox: OutboxService,
    private readonly audit: AuditLog,
    private readonly emailChange: EmailChangeService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Mails a fresh link in the caller's transaction; earlier links stay valid until they expire. */
  async sendLink(manager: EntityManager, user: Recipient): Promise<void> {
    const token = await this.tokens.issue(manager, 'email_verification', user, VERIFICATION_TTL_MS);
    await this.outbox.enqueue(manager, [
      {
        kind: 'email_verification',
        idempotencyKey: `email_verification:${randomUUID()}`,
        requestId: null,
        userId: user.id,
        recipient: user.email,
        locale: user.locale,
        values: { name: user.name, link: verifyEmailLink(this.config, token) },
      },
    ]);
  }

  /** A new link for a logged-in person who lost the first; nothing for an address already verified. */
  async resend(user: AuthUser): Promise<void> {
    if (user.emailVerified) return;
    await this.dataSource.transaction((manager) => this.sendLink(manager, user));
  }

  /**
   * Marks the address verified. Opening the same link again is fine (mail scanners and double
   * clicks do), as long as the address it was sent to is still the account's and verified.
   * The link that confirms a new address opens on the same page and ends here too.
   */
  async verify(token: string, req: Request): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      if (await this.emailChange.confirm(manager, token, req)) return;
      const fresh = await this.tokens
        .consume(manager, 'email_verification', token)
        .catch(() => null);
      const link = fresh ?? (await this.tokens.usedBefore(manager, 'email_verification', token));
      if (!link) throw invalidToken();
      const rows: { id: string; newly: boolean }[] = await manager.query(
        `WITH before AS (
           SELECT id, email_verified_at IS NULL AS newly FROM app_user
           WHERE id = $1 AND lower(email) = lower($2) FOR UPDATE),
         verified AS (
           UPDATE app_user SET email_verified_at = coalesce(email_verified_at, now())
           WHERE id IN (SELECT id FROM before) RETURNING id)
         SELECT before.id, before.newly FROM before JOIN verified USING (id)`,
        [link.userId, link.email],
      );
      if (rows.length === 0) throw invalidToken();
      if (rows[0].newly) {
        const entry = ownAccountEntry(
          'auth.email_verified',
          { id: link.userId, email: link.email },
          req,
        );
        await this.audit.record(entry, manager);
      }
    });
  }
}
