import type { CurrentUser, Locale, RegisterBody } from '@bgb/contracts';
import { mfaEnrolmentRequired } from '@bgb/domain';
import { Inject, Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { promisify } from 'node:util';
import type { AuthUser } from '../../common/auth.decorators';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { CSRF_PROTECTION, type CsrfProtection } from '../../common/csrf';
import { APP_CONFIG, type AppConfig } from '../../config/app.config';
import { AuditLog, auditOrigin } from '../audit/audit-log';
import { UsersService } from '../users/users.service';
import { EmailVerificationService } from './email-verification.service';

export const SESSION_COOKIE = 'bgb.sid';

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersService,
    private readonly verification: EmailVerificationService,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CSRF_PROTECTION) private readonly csrf: CsrfProtection,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditLog,
  ) {}

  currentUser(user: AuthUser): CurrentUser {
    return {
      ...user,
      mfaEnrolmentRequired: mfaEnrolmentRequired(user, this.config.MFA_REQUIRED_ROLES),
      emailVerificationRequired:
        this.config.EMAIL_VERIFICATION === 'required' && !user.emailVerified,
    };
  }

  /**
   * Registers a researcher, mails the link that verifies their address (unless verification is
   * off) and logs them straight in: they may write drafts before they verify.
   */
  async register(body: RegisterBody, req: Request, res: Response): Promise<AuthUser> {
    const user = await this.dataSource.transaction(async (manager) => {
      const created = await this.users.register(body, manager);
      if (this.config.EMAIL_VERIFICATION === 'required')
        await this.verification.sendLink(manager, created);
      return created;
    });
    await this.startSession(user, req, res);
    // After the login, so that the new researcher is the actor.
    await this.audit.record({
      action: 'user.registered',
      ...auditOrigin(req),
      target: { type: 'user', id: user.id },
    });
    return user;
  }

  /** Logs a new account straight in: after registration and after accepting an invitation. */
  async startSession(user: AuthUser, req: Request, res: Response): Promise<AuthUser> {
    await promisify(req.logIn.bind(req))(user);
    return this.afterLogin(user, req, res);
  }

  /** The session changed: the CSRF token is bound to the new one. */
  afterLogin(user: AuthUser, req: Request, res: Response): AuthUser {
    this.csrf.generateCsrfToken(req, res, { overwrite: true });
    return user;
  }

  async logout(req: Request, res: Response): Promise<void> {
    const { actor, ip } = auditOrigin(req);
    if (actor) {
      await promisify(req.logOut.bind(req))();
      await this.audit.record({
        action: 'auth.logout',
        actor,
        ip,
        target: { type: 'user', id: actor.id },
      });
    }
    // logOut keeps an empty session; destroying it removes the server-side row entirely.
    await new Promise<void>((resolve, reject) =>
      req.session ? req.session.destroy((error) => (error ? reject(error) : resolve())) : resolve(),
    );
    res.clearCookie(SESSION_COOKIE, { path: '/' });
    this.csrf.generateCsrfToken(req, res, { overwrite: true });
  }

  setLocale(user: AuthUser, locale: Locale): Promise<AuthUser> {
    return this.users.setLocale(user.id, locale);
  }
}
