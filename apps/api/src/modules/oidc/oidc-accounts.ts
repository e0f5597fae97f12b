import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, QueryFailedError } from 'typeorm';
import { AuditLog } from '../audit/audit-log';
import { User } from '../users/user.entity';
import { InstitutionalSignInFailure, type InstitutionalIdentity } from './oidc-claims';
import { UserIdentity } from './user-identity.entity';

const UNIQUE_VIOLATION = '23505';

/** Finds, links or opens the account for a person whom their institution signed in. */
@Injectable()
export class OidcAccounts {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
  ) {}

  /**
   * The account linked to this identity; else the account with the provider's verified
   * address, which is linked now; else a new researcher's account. Returns the account's id.
   */
  async accountFor(
    issuer: string,
    identity: InstitutionalIdentity,
    ip: string | null,
  ): Promise<string> {
    const linked = await this.linkedAccount(this.dataSource.manager, issuer, identity.subject);
    if (linked) return linked;
    if (!identity.email) throw new InstitutionalSignInFailure('oidc_email_missing');
    if (!identity.emailVerified) throw new InstitutionalSignInFailure('oidc_email_unverified');
    try {
      return await this.dataSource.transaction((manager) =>
        this.linkOrOpen(manager, issuer, { ...identity, email: identity.email! }, ip),
      );
    } catch (error) {
      // The same person signing in twice at once: the other attempt made the link first.
      if (isUniqueViolation(error)) {
        const winner = await this.linkedAccount(this.dataSource.manager, issuer, identity.subject);
        if (winner) return winner;
      }
      throw error;
    }
  }

  private async linkedAccount(
    manager: EntityManager,
    issuer: string,
    subject: string,
  ): Promise<string | null> {
    const identity = await manager.findOneBy(UserIdentity, { issuer, subject });
    return identity?.userId ?? null;
  }

  private async linkOrOpen(
    manager: EntityManager,
    issuer: string,
    identity: InstitutionalIdentity & { email: string },
    ip: string | null,
  ): Promise<string> {
    const existing = await manager
      .createQueryBuilder(User, 'user')
      .where('lower(user.email) = :email', { email: identity.email })
      .getOne();
    const user =
      existing ??
      (await manager.save(
        manager.create(User, {
          name: identity.name,
          email: identity.email,
          institution: identity.institution,
          passwordHash: null,
          roles: ['researcher'],
          locale: identity.locale,
          // Only a provider-verified address gets this far.
          emailVerifiedAt: new Date(),
        }),
      ));
    // The provider has verified the address the account was found by.
    if (existing && !existing.emailVerifiedAt)
      await manager.update(User, { id: existing.id }, { emailVerifiedAt: new Date() });
    await manager.insert(UserIdentity, {
      issuer,
      subject: identity.subject,
      userId: user.id,
      email: identity.email,
    });
    await this.audit.record(
      {
        action: existing ? 'user.identity_linked' : 'user.registered',
        actor: { id: user.id, email: user.email },
        target: { type: 'user', id: user.id },
        ip,
        details: { via: 'oidc', issuer },
      },
      manager,
    );
    return user.id;
  }
}

export function isUniqueViolation(error: unknown): boolean {
  return (
    error instanceof QueryFailedError && (error as { code?: string }).code === UNIQUE_VIOLATION
  );
}
