import {
  type CanActivate,
  type ExecutionContext,
  Inject,
  Injectable,
  SetMetadata,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { doubleCsrf } from 'csrf-csrf';
import type { NextFunction, Request, Response } from 'express';
import { ApiError } from './api-error';

export const CSRF_COOKIE = 'XSRF-TOKEN';
const CSRF_HEADER = 'x-xsrf-token';

export type CsrfProtection = ReturnType<typeof doubleCsrf>;
export const CSRF_PROTECTION = Symbol('CSRF_PROTECTION');

/**
 * Signed double-submit cookie: the API sets a readable `XSRF-TOKEN` cookie, the portal echoes
 * it in `X-XSRF-TOKEN`. Once logged in, the token is bound to the session, so a token from
 * before login (or from another session) no longer works.
 */
export function createCsrfProtection(secret: string, secure: boolean): CsrfProtection {
  return doubleCsrf({
    getSecret: () => secret,
    getSessionIdentifier: (req) => (req.user ? req.sessionID : 'anonymous'),
    cookieName: CSRF_COOKIE,
    cookieOptions: { httpOnly: false, sameSite: 'lax', secure, path: '/' },
    getCsrfTokenFromRequest: (req) => req.get(CSRF_HEADER),
  });
}

/**
 * Hands every browser a token on its first call, so the portal never has to ask for one.
 * Login and logout rotate it; `GET /api/auth/csrf` renews a stale one.
 */
export function issueCsrfCookie(csrf: CsrfProtection) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (!req.cookies?.[CSRF_COOKIE]) csrf.generateCsrfToken(req, res);
    next();
  };
}

const CSRF_EXEMPT = 'bgb:csrfExempt';

/**
 * For the rare public route that is called by something other than the portal and changes
 * only what its own signed token allows (RFC 8058 one-click unsubscribe from a mail client).
 */
export const CsrfExempt = () => SetMetadata(CSRF_EXEMPT, true);

/** Global guard, after the session guard: a state-changing call needs a valid token. */
@Injectable()
export class CsrfGuard implements CanActivate {
  private static readonly SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

  constructor(
    @Inject(CSRF_PROTECTION) private readonly csrf: CsrfProtection,
    private readonly reflector: Reflector,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<Request>();
    if (CsrfGuard.SAFE.has(request.method)) return true;
    if (
      this.reflector.getAllAndOverride<boolean>(CSRF_EXEMPT, [
        context.getHandler(),
        context.getClass(),
      ])
    )
      return true;
    if (!this.csrf.validateRequest(request)) {
      throw new ApiError(
        403,
        'CSRF_INVALID',
        'The security token is missing or expired; reload the page and try again',
      );
    }
    return true;
  }
}
