import {
  type AdminUser,
  type AdminUserList,
  type ListAdminUsersQuery,
  ROLES,
  type SetUserRolesBody,
} from '@bgb/contracts';
import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { z } from 'zod';
import { ApiError } from '../../common/api-error';
import type { AuthUser } from '../../common/auth.decorators';
import { isUuid } from '../../common/uuid';
import { APP_CONFIG, type AppConfig } from '../../config/app.config';
import { AuditLog, type AuditOrigin } from '../audit/audit-log';
import { localized } from '../catalogue/localized';
import { CatalogueService } from '../catalogue/catalogue.service';
import { biobankQueueLink } from '../notifications/links';
import { OutboxService } from '../notifications/outbox.service';
import { decodeUserCursor, encodeUserCursor } from '../users/user-cursor';
import { User } from '../users/user.entity';
import { UsersRepository } from '../users/users.repository';
import { toAuthUser } from '../users/users.service';

type ListInput = z.output<typeof ListAdminUsersQuery>;
type SetRolesInput = z.output<typeof SetUserRolesBody>;

/** User and role management for administrators; the controller admits admins only. */
@Injectable()
export class AdminUsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UsersRepository,
    private readonly catalogue: CatalogueService,
    private readonly outbox: OutboxService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditLog,
  ) {}

  async list(query: ListInput): Promise<AdminUserList> {
    const rows = await this.users.page({
      search: query.q || undefined,
      after: query.cursor ? decodeUserCursor(query.cursor) : undefined,
      limit: query.limit + 1,
    });
    const items = rows.slice(0, query.limit);
    const last = items.at(-1);
    return {
      items: items.map(toAdminUser),
      nextCursor: rows.length > query.limit && last ? encodeUserCursor(last) : null,
    };
  }

  /**
   * Replaces a user's roles and coordinator biobanks in one transaction. The user's next
   * request already runs with them: sessions re-read the user on every request.
   */
  async setRoles(
    admin: AuthUser,
    origin: AuditOrigin,
    id: string,
    body: SetRolesInput,
  ): Promise<AdminUser> {
    const notFound = ApiError.notFound('No such user');
    if (!isUuid(id)) throw notFound;
    const biobanks = await this.catalogue.requireBiobanks(body.biobankCodes);
    const roles = ROLES.filter((role) => body.roles.includes(role));

    await this.dataSource.transaction(async (manager) => {
      const locked = await this.users.lockForUpdate(manager, [...new Set([admin.id, id])]);
      // Re-checked under the lock: an admin whose own role was just taken away acts no more.
      if (!locked.find((user) => user.id === admin.id)?.roles.includes('admin'))
        throw ApiError.forbidden();
      const target = locked.find((user) => user.id === id);
      if (!target) throw notFound;
      if (id === admin.id && !roles.includes('admin')) {
        throw ApiError.conflict(
          'OWN_ADMIN_ROLE',
          'You cannot remove your own administrator role; ask another administrator',
        );
      }
      const { before, added } = await this.users.replaceRoles(
        manager,
        id,
        roles,
        body.biobankCodes,
      );
      await this.audit.record(
        {
          action: 'user.roles_changed',
          ...origin,
          target: { type: 'user', id },
          details: {
            before: { roles: target.roles, biobankCodes: before },
            after: { roles, biobankCodes: body.biobankCodes },
          },
        },
        manager,
      );
      // A new coordinator learns of it by mail, in their language, with the way to their queue.
      const user = await manager.findOneByOrFail(User, { id });
      await this.outbox.enqueue(
        manager,
        added.map((code) => ({
          kind: 'coordinator_granted' as const,
          idempotencyKey: `coordinator_granted:${id}:${code}:${randomUUID()}`,
          requestId: null,
          userId: user.id,
          recipient: user.email,
          locale: user.locale,
          values: {
            name: user.name,
            author: admin.name,
            biobank: localized(
              biobanks.find((biobank) => biobank.code === code)!,
              'name',
            )[user.locale],
            link: biobankQueueLink(this.config),
          },
        })),
      );
    });

    const user = await this.users.findWithBiobanks(id);
    if (!user) throw notFound;
    return toAdminUser(user);
  }
}

function toAdminUser(user: User): AdminUser {
  const { locale: _locale, ...account } = toAuthUser(user);
  return { ...account, createdAt: user.createdAt.toISOString() };
}
