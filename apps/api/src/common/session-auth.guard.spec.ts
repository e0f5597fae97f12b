import type { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiError } from './api-error';
import { Public, Roles } from './auth.decorators';
import { SessionAuthGuard } from './session-auth.guard';

class Routes {
  @Public()
  open() {}

  plain() {}

  @Roles('admin', 'secretariat')
  staff() {}
}

function contextFor(handler: keyof Routes, user?: { roles: string[] }): ExecutionContext {
  const request = { user, isAuthenticated: () => !!user };
  return {
    getHandler: () => Routes.prototype[handler],
    getClass: () => Routes,
    switchToHttp: () => ({ getRequest: () => request }),
  } as unknown as ExecutionContext;
}

describe('the session guard', () => {
  const guard = new SessionAuthGuard(new Reflector());
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
});
