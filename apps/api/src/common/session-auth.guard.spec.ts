import type { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiError } from './api-error';
import { MfaEnrolmentExempt, Public, Roles } from './auth.decorators';
import { SessionAuthGuard } from './session-auth.guard';

class Routes {
  @Public()
  open() {}

  plain() {}

  @Roles('admin', 'secretariat')
  staff() {}

  @MfaEnrolmentExempt()
  enrol() {}
}

function contextFor(
  handler: keyof Routes,
  user?: { roles: string[]; mfaEnabled?: boolean },
): ExecutionContext {
  const request = { user, isAuthenticated: () => !!user };
  return {
    getHandler: () => Routes.prototype[handler],
    getClass: () => Routes,
    switchToHttp: () => ({ getRequest: () => request }),
  } as unknown as ExecutionContext;
}

describe('the session guard', () => {
  const guard = new SessionAuthGuard(new Reflector(), { MFA_REQUIRED_ROLES: ['admin'] });
  const status = (fn: () => unknown) => {
    try {
      fn();
      return 'allowed';
    } catch (error) {
      return (error as ApiError).status;
    }
  };

  it('lets anyone through to public routes', () => {
    expect(status(() => guard.canActivate(contextFor('open')))).toBe('allowed');
  });

  it('answers 401 to every other route without a session', () => {
    expect(status(() => guard.canActivate(contextFor('plain')))).toBe(401);
    expect(status(() => guard.canActivate(contextFor('staff')))).toBe(401);
  });

  it('answers 403 to a user without any of the required roles', () => {
    expect(status(() => guard.canActivate(contextFor('staff', { roles: ['researcher'] })))).toBe(
      403,
    );
    expect(
      status(() =>
        guard.canActivate(contextFor('staff', { roles: ['researcher', 'secretariat'] })),
      ),
    ).toBe('allowed');
    expect(status(() => guard.canActivate(contextFor('plain', { roles: ['researcher'] })))).toBe(
      'allowed',
    );
  });

  it('lets a user who must set up a second factor do nothing but enrol, until they have', () => {
    const admin = { roles: ['admin'], mfaEnabled: false };
    const error = (() => {
      try {
        guard.canActivate(contextFor('plain', admin));
      } catch (thrown) {
        return thrown as ApiError;
      }
    })();
    expect(error).toMatchObject({ status: 403, code: 'MFA_ENROLMENT_REQUIRED' });
    expect(status(() => guard.canActivate(contextFor('enrol', admin)))).toBe('allowed');
    expect(status(() => guard.canActivate(contextFor('open', admin)))).toBe('allowed');
    expect(
      status(() => guard.canActivate(contextFor('plain', { ...admin, mfaEnabled: true }))),
    ).toBe('allowed');
    expect(
      status(() =>
        guard.canActivate(contextFor('plain', { roles: ['researcher'], mfaEnabled: false })),
      ),
    ).toBe('allowed');
  });

  it('answers 401, not 403, to a visitor on an enrolment route', () => {
    expect(status(() => guard.canActivate(contextFor('enrol')))).toBe(401);
  });
});
