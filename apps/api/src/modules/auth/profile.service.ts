import type { CurrentUser, UpdateProfileBody } from '@bgb/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request } from 'express';
import type { DataSource } from 'typeorm';
import { ApiError } from '../../common/api-error';
import type { AuthUser } from '../../common/auth.decorators';
import { AuditLog, auditOrigin } from '../audit/audit-log';
import { RateLimits } from '../rate-limits/rate-limits.service';
import { UsersService } from '../users/users.service';
import { AuthService } from './auth.service';
import { EmailChangeService } from './email-change.service';

/** A person edits what the portal knows about them. */
@Injectable()
export class ProfileService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UsersService,
    private readonly emailChange: EmailChangeService,
    private readonly auth: AuthService,
    private readonly rateLimits: RateLimits,
    private readonly audit: AuditLog,
  ) {}

  /**
   * Name and institution change at once; a new address is only asked for (see
   * EmailChangeService), so the reply still shows the old one. Values equal to the current ones
   * change nothing.
   */
  async update(user: AuthUser, body: UpdateProfileBody, req: Request): Promise<CurrentUser> {
    const name = body.name !== undefined && body.name !== user.name ? body.name : undefined;
    const institution =
      body.institution !== undefined && body.institution !== user.institution
        ? body.institution
        : undefined;
    const email =
      body.email !== undefined && body.email.toLowerCase() !== user.email.toLowerCase()
        ? body.email
        : undefined;
    const fields = Object.entries({ name, institution, email })
      .filter(([, value]) => value !== undefined)
      .map(([field]) => field);
    if (fields.length === 0) return this.auth.currentUser(user);
    // Each new address gets a mail, so asking is limited like asking for a verification link.
    if (email) await this.rateLimits.consume(req, ['verify_resend']);
    await this.dataSource.transaction(async (manager) => {
      if (name !== undefined || institution !== undefined)
        await this.users.updateProfile(manager, user.id, {
          ...(name !== undefined && { name }),
          ...(institution !== undefined && { institution }),
        });
      if (email) await this.emailChange.request(manager, user, email);
      await this.audit.record(
        {
          action: 'user.profile_changed',
          ...auditOrigin(req),
          target: { type: 'user', id: user.id },
          // `email` here means a change was asked for; user.email_changed records its confirmation.
          details: { fields },
        },
        manager,
      );
    });
    const updated = await this.users.findAuthUser(user.id);
    if (!updated) throw ApiError.unauthenticated();
    return this.auth.currentUser(updated);
  }
}
