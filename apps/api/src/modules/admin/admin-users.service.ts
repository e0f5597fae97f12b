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
import type { DataSource, EntityManager } from 'typeorm';
import type { z } from 'zod';
import { ApiError } from '../../common/api-error';
import type { AuthUser } from '../../common/auth.decorators';
import { keysetPage } from '../../common/keyset-page';
import { isUuid } from '../../common/uuid';
import { APP_CONFIG, type AppConfig } from '../../config/app.config';
import { AuditLog, type AuditOrigin } from '../audit/audit-log';
import { UserSessions } from '../auth/user-sessions';
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
    private readonly audit: AuditLog,
    private readonly sessions: UserSessions,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async list(query: ListInput): Promise<AdminUserList> {
    const rows = await this.users.page({
      search: query.q || undefined,
      state: query.state,
      after: query.cursor ? decodeUserCursor(query.cursor) : undefined,
      limit: query.limit + 1,
    });
    const { items, nextCursor } = keysetPage(rows, query.limit, encodeUserCursor);
    return { items: items.map(toAdminUser), nextCursor };
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
    const notFound = noSuchUser();
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

  /**
   * Deactivates an account: its sessions end at once, it cannot log in, and it gets no mail.
   * The account stays, so requests and history still name the person. Deactivating an
   * inactive account changes nothing.
   */
  async deactivate(admin: AuthUser, origin: AuditOrigin, id: string): Promise<void> {
    await this.changeActivation(admin, id, async (manager, user) => {
      if (id === admin.id) {
        throw ApiError.conflict(
          'OWN_ACCOUNT',
          'You cannot deactivate your own account; ask another administrator',
        );
      }
      if (user.deactivatedAt) return;
      await manager.update(User, { id }, { deactivatedAt: new Date() });
      await this.sessions.revokeAll(id, {}, manager);
      await this.audit.record(
        { ...origin, action: 'user.deactivated', target: { type: 'user', id } },
        manager,
      );
    });
  }

  /** Lets the account log in and get mail again; its roles are as they were. */
  async reactivate(admin: AuthUser, origin: AuditOrigin, id: string): Promise<void> {
    await this.changeActivation(admin, id, async (manager, user) => {
      if (!user.deactivatedAt) return;
      await manager.update(User, { id }, { deactivatedAt: null });
      await this.audit.record(
        { ...origin, action: 'user.reactivated', target: { type: 'user', id } },
        manager,
      );
    });
  }

  private async changeActivation(
    admin: AuthUser,
    id: string,
    change: (manager: EntityManager, user: User) => Promise<void>,
  ): Promise<void> {
    if (!isUuid(id)) throw noSuchUser();
    await this.dataSource.transaction(async (manager) => {
      const locked = await this.users.lockForUpdate(manager, [...new Set([admin.id, id])]);
      // Re-checked under the lock, as for role changes: a demoted admin acts no more.
      if (!locked.find((user) => user.id === admin.id)?.roles.includes('admin'))
        throw ApiError.forbidden();
      const user = locked.find((candidate) => candidate.id === id);
      if (!user) throw noSuchUser();
      await change(manager, user);
    });
  }
}

function noSuchUser(): ApiError {
  return ApiError.notFound('No such user');
}

function toAdminUser(user: User): AdminUser {
  const { locale: _locale, ...account } = toAuthUser(user);
  return {
    ...account,
    createdAt: user.createdAt.toISOString(),
    deactivatedAt: user.deactivatedAt?.toISOString() ?? null,
  };
}
