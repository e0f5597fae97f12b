import {
  type AcceptInvitationBody,
  INVITATION_VALID_DAYS,
  type Invitation as InvitationDto,
  type InvitationList,
  type InvitationPreview,
  type InviteUserBody,
  ROLES,
} from '@bgb/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request } from 'express';
import { type DataSource, type EntityManager, IsNull, MoreThan } from 'typeorm';
import type { z } from 'zod';
import { ApiError } from '../../common/api-error';
import type { AuthUser } from '../../common/auth.decorators';
import { hashLinkToken, invalidToken, newLinkToken } from '../../common/link-token';
import { isUuid } from '../../common/uuid';
import { APP_CONFIG, type AppConfig } from '../../config/app.config';
import { AuditLog, auditOrigin } from '../audit/audit-log';
import { CatalogueService } from '../catalogue/catalogue.service';
import { localized } from '../catalogue/localized';
import { OutboxService } from '../notifications/outbox.service';
import { PasswordHasher } from '../users/password-hasher';
import { PasswordPolicy, personalWords } from '../users/password-policy';
import { UserIdentity } from '../oidc/user-identity.entity';
import { User } from '../users/user.entity';
import { UsersRepository } from '../users/users.repository';
import { emailTaken, toAuthUser, UsersService } from '../users/users.service';
import { describeRoles, invitationMail } from './invitation-mail';
import { Invitation } from './invitation.entity';

type InviteInput = z.output<typeof InviteUserBody>;
type AcceptInput = z.output<typeof AcceptInvitationBody>;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Invitations: an administrator invites an address into roles, the mail's link lets the
 * person choose a password once, and the account starts with those roles and a verified
 * address (only its owner could have opened the link).
 */
@Injectable()
export class InvitationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UsersService,
    private readonly usersRepository: UsersRepository,
    private readonly passwords: PasswordHasher,
    private readonly policy: PasswordPolicy,
    private readonly catalogue: CatalogueService,
    private readonly outbox: OutboxService,
    private readonly audit: AuditLog,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Invites the address; an earlier pending invitation of the same address is revoked, so
   * only the newest link works. An address with an account is refused: change its roles.
   */
  async invite(admin: AuthUser, body: InviteInput, req: Request): Promise<InvitationDto> {
    const biobanks = await this.catalogue.requireBiobanks(body.biobankCodes);
    const roles = ROLES.filter((role) => body.roles.includes(role));
    const token = newLinkToken();
    const invitation = await this.dataSource.transaction(async (manager) => {
      const taken = await manager
        .createQueryBuilder(User, 'user')
        .where('lower(user.email) = lower(:email)', { email: body.email })
        .getExists();
      if (taken) throw emailTaken();
      await manager
        .createQueryBuilder()
        .update(Invitation)
        .set({ revokedAt: () => 'now()' })
        .where('lower(email) = lower(:email)', { email: body.email })
        .andWhere('accepted_at IS NULL AND revoked_at IS NULL')
        .execute();
      const saved = await manager.save(
        manager.create(Invitation, {
          email: body.email,
          name: body.name ?? null,
          roles,
          biobankCodes: body.biobankCodes,
          locale: body.locale,
          tokenHash: hashLinkToken(token),
          invitedBy: admin.id,
          expiresAt: new Date(Date.now() + INVITATION_VALID_DAYS * DAY_MS),
        }),
      );
      const biobankNames = biobanks.map((biobank) => localized(biobank, 'name')[body.locale]);
      await this.outbox.enqueue(manager, [
        invitationMail(this.config, saved, token, {
          author: admin.name,
          roles: describeRoles(body.locale, roles, biobankNames),
        }),
      ]);
      await this.audit.record(
        {
          ...auditOrigin(req),
          action: 'user.invited',
          target: { type: 'invitation', id: saved.id },
          details: { email: saved.email, roles, biobankCodes: saved.biobankCodes },
        },
        manager,
      );
      return saved;
    });
    return toInvitationDto(invitation, { id: admin.id, name: admin.name });
  }

  /** The pending invitations, newest first: neither accepted, revoked nor expired. */
  async list(): Promise<InvitationList> {
    const rows = await this.dataSource
      .getRepository(Invitation)
      .createQueryBuilder('invitation')
      .leftJoinAndMapOne('invitation.inviter', User, 'inviter', 'inviter.id = invitation.invitedBy')
      .where('invitation.accepted_at IS NULL AND invitation.revoked_at IS NULL')
      .andWhere('invitation.expires_at > now()')
      .orderBy('invitation.created_at', 'DESC')
      .addOrderBy('invitation.id', 'DESC')
      .getMany();
    return {
      items: rows.map((row) => {
        const inviter = (row as Invitation & { inviter?: User }).inviter;
        return toInvitationDto(row, inviter ? { id: inviter.id, name: inviter.name } : null);
      }),
    };
  }

  /** Revokes a pending invitation: its link stops working at once. */
  async revoke(id: string, req: Request): Promise<void> {
    const notFound = ApiError.notFound('No such pending invitation');
    if (!isUuid(id)) throw notFound;
    await this.dataSource.transaction(async (manager) => {
      const result = await manager
        .createQueryBuilder()
        .update(Invitation)
        .set({ revokedAt: () => 'now()' })
        .where('id = :id', { id })
        .andWhere('accepted_at IS NULL AND revoked_at IS NULL')
        .execute();
      if (!result.affected) throw notFound;
      await this.audit.record(
        {
          ...auditOrigin(req),
          action: 'user.invitation_revoked',
          target: { type: 'invitation', id },
        },
        manager,
      );
    });
  }

  /** What the link's page shows; 400 `INVALID_TOKEN` for a link that no longer works. */
  async preview(token: string): Promise<InvitationPreview> {
    const invitation = await this.pending(this.dataSource.manager, token);
    return {
      email: invitation.email,
      name: invitation.name,
      roles: invitation.roles,
      biobankCodes: invitation.biobankCodes,
    };
  }

  /**
   * Creates the account with the invitation's roles, once: the invitation row is locked and
   * marked accepted in the same transaction, so two tabs accepting at once make one account.
   */
  async accept(body: AcceptInput, req: Request) {
    const passwordHash = await this.passwords.hash(body.password);
    const user = await this.dataSource.transaction(async (manager) => {
      const invitation = await this.pending(manager, body.token, true);
      this.policy.assertStrong(
        body.password,
        'password',
        personalWords({ ...body, email: invitation.email }),
      );
      return this.openAccount(manager, invitation, {
        fields: { name: body.name, institution: body.institution, passwordHash },
        ip: auditOrigin(req).ip ?? null,
      });
    });
    return toAuthUser(user);
  }

  /**
   * Accepts through institutional sign-in: the account has no password and is linked to the
   * identity, its name and institution from the provider. The invitation link proved the
   * address, whatever address the provider knows the person by. Returns the account's id.
   */
  async acceptWithIdentity(
    token: string,
    issuer: string,
    identity: { subject: string; email?: string; name: string; institution: string },
    ip: string | null,
  ): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      const invitation = await this.pending(manager, token, true);
      const user = await this.openAccount(manager, invitation, {
        fields: { name: identity.name, institution: identity.institution, passwordHash: null },
        ip,
        details: { via: 'oidc', issuer },
      });
      await manager.insert(UserIdentity, {
        issuer,
        subject: identity.subject,
        userId: user.id,
        email: identity.email ?? invitation.email,
      });
      return user.id;
    });
  }

  /**
   * Creates the account with the invitation's roles, once: the invitation row is locked by the
   * caller and marked accepted here, so two tabs accepting at once make one account.
   */
  private async openAccount(
    manager: EntityManager,
    invitation: Invitation,
    account: {
      fields: Pick<User, 'name' | 'institution' | 'passwordHash'>;
      ip: string | null;
      details?: Record<string, string>;
    },
  ): Promise<User> {
    const created = await this.users.create(manager, {
      ...account.fields,
      email: invitation.email,
      roles: invitation.roles,
      locale: invitation.locale,
      // The link reached this address: it is as verified as by the verification mail.
      emailVerifiedAt: new Date(),
    });
    await this.usersRepository.replaceRoles(
      manager,
      created.id,
      invitation.roles,
      invitation.biobankCodes,
    );
    await manager.update(Invitation, { id: invitation.id }, { acceptedAt: () => 'now()' });
    await this.audit.record(
      {
        actor: { id: created.id, email: created.email },
        ip: account.ip,
        action: 'user.invitation_accepted',
        target: { type: 'user', id: created.id },
        details: {
          invitationId: invitation.id,
          roles: invitation.roles,
          biobankCodes: invitation.biobankCodes,
          ...account.details,
        },
      },
      manager,
    );
    return manager.findOneOrFail(User, {
      where: { id: created.id },
      relations: { coordinatorOf: true },
    });
  }

  /** The pending, unexpired invitation of this token, optionally locked; else 400 `INVALID_TOKEN`. */
  private async pending(manager: EntityManager, token: string, lock = false): Promise<Invitation> {
    const invitation = await manager.findOne(Invitation, {
      where: {
        tokenHash: hashLinkToken(token),
        acceptedAt: IsNull(),
        revokedAt: IsNull(),
        expiresAt: MoreThan(new Date()),
      },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!invitation)
      throw invalidToken(
        'This invitation link is not valid: it was used, revoked or has expired. Ask an administrator for a new one',
      );
    return invitation;
  }
}

function toInvitationDto(
  invitation: Invitation,
  invitedBy: InvitationDto['invitedBy'],
): InvitationDto {
  return {
    id: invitation.id,
    email: invitation.email,
    name: invitation.name,
    roles: invitation.roles,
    biobankCodes: invitation.biobankCodes,
    locale: invitation.locale,
    invitedBy,
    createdAt: invitation.createdAt.toISOString(),
    expiresAt: invitation.expiresAt.toISOString(),
  };
}
