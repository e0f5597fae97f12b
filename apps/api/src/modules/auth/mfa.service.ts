import type { RecoveryCodes, TotpSetup } from '@bgb/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request, Response } from 'express';
import { promisify } from 'node:util';
import { generateSecret, generateURI, verify } from 'otplib';
import type { DataSource, EntityManager } from 'typeorm';
import { ApiError } from '../../common/api-error';
import type { AuthUser } from '../../common/auth.decorators';
import { AuditLog, ownAccountEntry } from '../audit/audit-log';
import { RateLimits } from '../rate-limits/rate-limits.service';
import { User } from '../users/user.entity';
import { UsersService } from '../users/users.service';
import { AuthService } from './auth.service';
import { MfaRecoveryCode } from './mfa-recovery-code.entity';
import { generateRecoveryCodes, hashRecoveryCode } from './recovery-codes';
import { pendingSecondFactor } from './second-factor-login';
import { TotpSecretCipher } from './totp-secret-cipher';

/** Shown by authenticator apps above the code. */
const ISSUER = 'BGB Service Portal';
/** 160 bits, as RFC 4226 recommends for HMAC-SHA-1. */
const SECRET_BYTES = 20;
/** One 30-second step either side, for a phone whose clock is a little off. */
const DRIFT_SECONDS = 30;

type During = 'login' | 'enable' | 'disable';

/** TOTP second factor: setting it up, confirming it, turning it off, and completing a login with it. */
@Injectable()
export class MfaService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UsersService,
    private readonly auth: AuthService,
    private readonly audit: AuditLog,
    private readonly cipher: TotpSecretCipher,
    private readonly rateLimits: RateLimits,
  ) {}

  /** A new secret, pending until a code from it confirms it; replaces an earlier pending one. */
  async setup(user: AuthUser): Promise<TotpSetup> {
    const secret = generateSecret({ length: SECRET_BYTES });
    const stored = await this.dataSource
      .createQueryBuilder()
      .update(User)
      .set({ totpSecret: this.cipher.encrypt(secret), totpLastUsedStep: null })
      .where('id = :id AND totp_enabled_at IS NULL', { id: user.id })
      .execute();
    if (stored.affected !== 1) throw alreadyEnabled();
    return { secret, otpauthUrl: generateURI({ issuer: ISSUER, label: user.email, secret }) };
  }

  async enable(user: AuthUser, code: string, req: Request): Promise<RecoveryCodes> {
    const row = await this.secretRow(user.id);
    if (row?.totpEnabledAt) throw alreadyEnabled();
    const secret = row?.totpSecret ? this.cipher.decrypt(row.totpSecret) : null;
    if (!row?.totpSecret || !secret)
      throw ApiError.conflict('TOTP_NOT_SET_UP', 'Set up the authenticator app first');
    const step = await matchingStep(secret, code);
    if (step === null) return this.refuse(user, 'enable', req);
    const recoveryCodes = generateRecoveryCodes();
    await this.dataSource.transaction(async (manager) => {
      // Only the very secret the code was checked against, and only once: a parallel setup loses.
      const enabled = await manager
        .createQueryBuilder()
        .update(User)
        .set({ totpEnabledAt: () => 'now()', totpLastUsedStep: step })
        .where('id = :id AND totp_enabled_at IS NULL AND totp_secret = :stored', {
          id: user.id,
          stored: row.totpSecret,
        })
        .execute();
      if (enabled.affected !== 1)
        throw ApiError.conflict('TOTP_NOT_SET_UP', 'The set-up changed meanwhile; start again');
      await manager.delete(MfaRecoveryCode, { userId: user.id });
      await manager.insert(
        MfaRecoveryCode,
        recoveryCodes.map((recovery) => ({
          userId: user.id,
          codeHash: hashRecoveryCode(recovery),
        })),
      );
      await this.audit.record(ownAccountEntry('auth.mfa_enabled', user, req), manager);
    });
    return { recoveryCodes };
  }

  /** Turning it off takes a valid code, so an unattended session cannot strip the second factor. */
  async disable(user: AuthUser, code: string, req: Request): Promise<void> {
    if (!user.mfaEnabled)
      throw ApiError.conflict('TOTP_NOT_ENABLED', 'The second factor is not turned on');
    const accepted = await this.dataSource.transaction(async (manager) => {
      if (!(await this.acceptCode(user.id, code, manager))) return false;
      await manager.update(
        User,
        { id: user.id },
        { totpSecret: null, totpEnabledAt: null, totpLastUsedStep: null },
      );
      await manager.delete(MfaRecoveryCode, { userId: user.id });
      await this.audit.record(ownAccountEntry('auth.mfa_disabled', user, req), manager);
      return true;
    });
    if (!accepted) await this.refuse(user, 'disable', req);
  }

  /** Completes a login held back for its second factor; the session is regenerated once more. */
  async verifyLogin(code: string, req: Request, res: Response): Promise<AuthUser> {
    const userId = pendingSecondFactor(req);
    const user = userId ? await this.users.findAuthUser(userId) : null;
    if (!user?.mfaEnabled)
      throw ApiError.unauthenticated('Log in with your e-mail address and password first');
    if (!(await this.acceptCode(user.id, code))) return this.refuse(user, 'login', req);
    // As after a right password: only wrong codes keep counting against the limit.
    await this.rateLimits.giveBack(req);
    // passport regenerates the session on logIn: a fresh id, and the pending marker is gone.
    await promisify(req.logIn.bind(req))(user);
    await this.audit.record(ownAccountEntry('auth.login', user, req));
    return this.auth.afterLogin(user, req, res);
  }

  /** A current TOTP code not used before, or an unused recovery code; either is spent by this. */
  private async acceptCode(
    userId: string,
    code: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<boolean> {
    const digits = code.replace(/\s/g, '');
    if (/^\d{6}$/.test(digits)) return this.acceptTotp(userId, digits, manager);
    const spent = await manager
      .createQueryBuilder()
      .update(MfaRecoveryCode)
      .set({ usedAt: () => 'now()' })
      .where('user_id = :userId AND code_hash = :hash AND used_at IS NULL', {
        userId,
        hash: hashRecoveryCode(code),
      })
      .execute();
    return spent.affected === 1;
  }

  private async acceptTotp(userId: string, token: string, manager: EntityManager) {
    const row = await this.secretRow(userId, manager);
    const secret = row?.totpEnabledAt && row.totpSecret && this.cipher.decrypt(row.totpSecret);
    if (!secret) return false;
    const step = await matchingStep(secret, token, row.totpLastUsedStep);
    if (step === null) return false;
    // Claiming the step in one conditional update: of two logins with one code, only one wins.
    const claimed = await manager
      .createQueryBuilder()
      .update(User)
      .set({ totpLastUsedStep: step })
      .where('id = :userId AND (totp_last_used_step IS NULL OR totp_last_used_step < :step)', {
        userId,
        step,
      })
      .execute();
    return claimed.affected === 1;
  }

  private secretRow(userId: string, manager: EntityManager = this.dataSource.manager) {
    return manager
      .createQueryBuilder(User, 'user')
      .select(['user.id', 'user.totpEnabledAt'])
      .addSelect(['user.totpSecret', 'user.totpLastUsedStep'])
      .where('user.id = :userId', { userId })
      .getOne();
  }

  private async refuse(user: AuthUser, during: During, req: Request): Promise<never> {
    await this.audit.record({
      ...ownAccountEntry('auth.mfa_failed', user, req),
      details: { during },
    });
    throw new ApiError(
      during === 'login' ? 401 : 422,
      'INVALID_CODE',
      'The code is wrong or has been used already',
    );
  }
}

/** The time step the code belongs to (this one or a neighbour), if it is later than `after`. */
async function matchingStep(secret: string, token: string, after?: number | null) {
  const result = await verify({
    secret,
    token,
    epochTolerance: DRIFT_SECONDS,
    afterTimeStep: after ?? undefined,
  });
  return result.valid && 'timeStep' in result ? result.timeStep : null;
}

function alreadyEnabled() {
  return ApiError.conflict(
    'TOTP_ALREADY_ENABLED',
    'The second factor is already on; turn it off first to set up another authenticator',
  );
}
