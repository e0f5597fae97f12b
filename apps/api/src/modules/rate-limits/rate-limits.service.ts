import { Inject, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { createHmac } from 'node:crypto';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { ApiError } from '../../common/api-error';
import { APP_CONFIG, type AppConfig } from '../../config/app.config';
import { AuditLog, auditOrigin } from '../audit/audit-log';
import { countedNetwork } from './client-address';
import { RATE_LIMIT_TABLE, RateLimitCounters } from './rate-limit-counters';
import {
  POLICY_SETTINGS,
  policyLimit,
  RATE_LIMIT_POLICIES,
  type RateLimitPolicy,
  type RateLimitSubject,
} from './rate-limit.policies';

interface Counted {
  limiter: RateLimiterPostgres;
  key: string;
}

/**
 * Counts attempts against the limits of `rate-limit.policies.ts`, in the database. Keys are
 * keyed hashes (by SESSION_SECRET) of the address, e-mail or user id: the table says how
 * often something was tried, never who tried it.
 */
@Injectable()
export class RateLimits {
  private readonly limiters: Record<RateLimitPolicy, RateLimiterPostgres>;
  /** What each request counted, so that a successful login can give its attempt back. */
  private readonly counted = new WeakMap<Request, Counted[]>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    counters: RateLimitCounters,
    private readonly audit: AuditLog,
  ) {
    const limiter = (policy: RateLimitPolicy) => {
      const { points, windowSeconds } = policyLimit(config, policy);
      return new RateLimiterPostgres({
        storeClient: counters.client,
        // Any client with `query`: the adapter above, not a pg pool or an ORM the library knows.
        storeType: 'client',
        tableName: RATE_LIMIT_TABLE,
        // The migration made the table; RateLimitCounters prunes it.
        tableCreated: true,
        clearExpiredByTimeout: false,
        keyPrefix: policy,
        points,
        duration: windowSeconds,
      });
    };
    this.limiters = Object.fromEntries(
      RATE_LIMIT_POLICIES.map((policy) => [policy, limiter(policy)]),
    ) as Record<RateLimitPolicy, RateLimiterPostgres>;
  }

  /** Counts one attempt of the request under each policy; refuses when any is over its limit. */
  async consume(request: Request, policies: readonly RateLimitPolicy[]): Promise<void> {
    const counted = policies.flatMap((policy) =>
      POLICY_SETTINGS[policy].subjects.flatMap((subject) => {
        const key = this.key(request, subject);
        return key ? [{ policy, limiter: this.limiters[policy], key }] : [];
      }),
    );
    const outcomes = await Promise.allSettled(
      counted.map(({ limiter, key }) => limiter.consume(key)),
    );
    this.counted.set(request, [...(this.counted.get(request) ?? []), ...counted]);
    let waitMs = 0;
    let refusedBy: RateLimitPolicy | undefined;
    let justLockedOut = false;
    outcomes.forEach((outcome, index) => {
      if (outcome.status === 'fulfilled') return;
      // The library rejects with a RateLimiterRes when over the limit, with an Error when the
      // database failed: then the request fails rather than going uncounted.
      if (!(outcome.reason instanceof RateLimiterRes)) throw outcome.reason;
      const entry = counted[index]!;
      if (outcome.reason.consumedPoints === entry.limiter.points + 1) justLockedOut = true;
      if (outcome.reason.msBeforeNext >= waitMs) {
        waitMs = outcome.reason.msBeforeNext;
        refusedBy = entry.policy;
      }
    });
    if (refusedBy) await this.refuse(request, refusedBy, waitMs, justLockedOut);
  }

  /**
   * Gives back what the request counted. A successful login does, so that people who log in
   * often never run into their limit; earlier failed attempts still count.
   */
  async giveBack(request: Request): Promise<void> {
    const counted = this.counted.get(request) ?? [];
    this.counted.delete(request);
    await Promise.all(counted.map(({ limiter, key }) => limiter.reward(key)));
  }

  /**
   * The one way a request is refused for being over a limit. The attempt that first crosses a
   * limit goes into the audit trail; the refusals after it in the same window would only flood it.
   */
  private async refuse(
    request: Request,
    policy: RateLimitPolicy,
    waitMs: number,
    justLockedOut: boolean,
  ): Promise<never> {
    const retryAfterSeconds = Math.max(1, Math.ceil(waitMs / 1000));
    if (justLockedOut)
      await this.audit.record({
        action: 'auth.locked_out',
        ...auditOrigin(request),
        details: { policy, retryAfterSeconds },
      });
    throw ApiError.rateLimited(retryAfterSeconds);
  }

  private key(request: Request, subject: RateLimitSubject): string | null {
    const value = this.subjectValue(request, subject);
    return value === null
      ? null
      : createHmac('sha256', this.config.SESSION_SECRET)
          .update(`${subject}:${value}`)
          .digest('base64url');
  }

  private subjectValue(request: Request, subject: RateLimitSubject): string | null {
    switch (subject) {
      case 'address':
        return countedNetwork(request.ip ?? request.socket.remoteAddress ?? '');
      case 'email': {
        // Before validation: a login without a usable e-mail is counted by its address only.
        const email = (request.body as { email?: unknown } | undefined)?.email;
        return typeof email === 'string' ? email.trim().toLowerCase() : null;
      }
      case 'user':
        // A login waiting for its second factor has no user yet, only the one it waits for.
        return (
          (request.user as { id?: string } | undefined)?.id ??
          request.session?.mfaPending?.userId ??
          null
        );
    }
  }
}
