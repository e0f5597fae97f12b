import { safeNextPath } from '@bgb/domain';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { promisify } from 'node:util';
import { ApiError } from '../../common/api-error';
import { CSRF_PROTECTION, type CsrfProtection } from '../../common/csrf';
import { APP_CONFIG, type AppConfig, type OidcConfig } from '../../config/app.config';
import { UsersService } from '../users/users.service';
import { AuditLog } from '../audit/audit-log';
import { awaitSecondFactor } from '../auth/second-factor-login';
import { isUniqueViolation, OidcAccounts } from './oidc-accounts';
import { InvitationsService } from '../invitations/invitations.service';
import {
  identityFromClaims,
  type InstitutionalIdentity,
  InstitutionalSignInFailure,
} from './oidc-claims';
import { OidcClient } from './oidc-client';
import { isPendingFresh } from './pending-sign-in';

const CALLBACK_PATH = '/api/auth/oidc/callback';

/**
 * Sign-in through an institution's OpenID Connect provider (Authorization Code with PKCE).
 * Every outcome is a redirect into the portal: the page asked for, or the login page with
 * the reason it did not work.
 */
@Injectable()
export class InstitutionalSignIn {
  private readonly logger = new Logger(InstitutionalSignIn.name);
  private readonly client: OidcClient;
  private readonly oidc: OidcConfig;
  private readonly portalUrl: string;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(CSRF_PROTECTION) private readonly csrf: CsrfProtection,
    private readonly accounts: OidcAccounts,
    private readonly users: UsersService,
    private readonly audit: AuditLog,
    private readonly invitations: InvitationsService,
  ) {
    // The module is only loaded with institutional sign-in configured.
    this.oidc = config.oidc!;
    this.portalUrl = config.PUBLIC_URL.replace(/\/+$/, '');
    this.client = new OidcClient(this.oidc, this.portalUrl + CALLBACK_PATH);
  }

  /** Remembers the attempt in the session and returns the provider's address. */
  async start(req: Request, next: unknown, invitation?: unknown): Promise<string> {
    const target = safeNextPath(typeof next === 'string' ? next : null) ?? '/';
    try {
      const { pending, url } = await this.client.start(
        target,
        typeof invitation === 'string' && invitation !== '' ? invitation : undefined,
      );
      req.session.institutionalSignIn = pending;
      await saveSession(req);
      return url.toString();
    } catch (error) {
      return this.failed(error, target);
    }
  }

  /** Completes the sign-in the provider sent back, once; returns where the browser goes. */
  async finish(req: Request, res: Response): Promise<string> {
    const pending = req.session.institutionalSignIn;
    // Used up whatever happens next: the same answer can never be redeemed twice.
    delete req.session.institutionalSignIn;
    try {
      if (pending) await saveSession(req);
      if (!pending || !isPendingFresh(pending)) throw new InstitutionalSignInFailure('oidc_failed');
      const search = req.originalUrl.includes('?')
        ? req.originalUrl.slice(req.originalUrl.indexOf('?'))
        : '';
      const identity = identityFromClaims(await this.client.finish(search, pending));
      const userId = pending.invitation
        ? await this.acceptInvitation(pending.invitation, identity, req.ip ?? null)
        : await this.accounts.accountFor(this.oidc.issuer, identity, req.ip ?? null);
      const user = await this.users.findAuthUser(userId);
      if (!user) throw new InstitutionalSignInFailure('oidc_failed');
      // The institution vouches for the person, not for their second factor: a user who set one
      // up gives its code on the login page, as after a password.
      if (user.mfaEnabled) {
        await awaitSecondFactor(req, user);
        await saveSession(req);
        return `${this.portalUrl}/login?${withNext({ step: 'code' }, pending.next)}`;
      }
      // passport regenerates the session, so a session id planted before sign-in is useless.
      await promisify(req.logIn.bind(req))(user);
      this.csrf.generateCsrfToken(req, res, { overwrite: true });
      await this.audit.record({
        action: 'auth.login',
        actor: { id: user.id, email: user.email },
        ip: req.ip ?? null,
        details: { via: 'oidc', issuer: this.oidc.issuer },
      });
      return this.portalUrl + pending.next;
    } catch (error) {
      return this.failed(error, pending?.next ?? '/');
    }
  }

  /** The invitee's new account, with the identity linked; the reasons it cannot be, for the login page. */
  private async acceptInvitation(
    token: string,
    identity: InstitutionalIdentity,
    ip: string | null,
  ): Promise<string> {
    try {
      return await this.invitations.acceptWithIdentity(token, this.oidc.issuer, identity, ip);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'INVALID_TOKEN')
        throw new InstitutionalSignInFailure('oidc_invitation_invalid');
      // The address has an account by now, or this identity is linked to one already.
      if (error instanceof ApiError && error.code === 'EMAIL_TAKEN') throw accountExists();
      if (isUniqueViolation(error)) throw accountExists();
      throw error;
    }
  }

  /** The login page with the reason, keeping the page the person was heading for. */
  private failed(error: unknown, next: string): string {
    // The browser is mid-way between two sites: whatever broke, it lands on the login page.
    if (!(error instanceof InstitutionalSignInFailure))
      this.logger.error(error instanceof Error ? error.stack : String(error));
    const code = error instanceof InstitutionalSignInFailure ? error.code : 'oidc_failed';
    if (code === 'oidc_unavailable')
      this.logger.warn(`The OpenID Connect provider ${this.oidc.issuer} could not be reached`);
    return `${this.portalUrl}/login?${withNext({ error: code }, next)}`;
  }
}

const accountExists = () => new InstitutionalSignInFailure('oidc_account_exists');

/** The login page's query: what it should show, and where to go after, unless the start page. */
function withNext(params: Record<string, string>, next: string): URLSearchParams {
  const query = new URLSearchParams(params);
  if (next !== '/') query.set('next', next);
  return query;
}

/**
 * Stored before the redirect goes out. express-session would save only as the response ends,
 * and an empty redirect is complete for the browser once its headers arrive, so the next
 * request could still find the session as it was.
 */
function saveSession(req: Request): Promise<void> {
  return promisify(req.session.save.bind(req.session))();
}
