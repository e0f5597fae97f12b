import { redactUrl, requestLogProps } from './request-log';

describe('redactUrl', () => {
  it.each([
    ['/api/admin/users?q=anna%40example.org&limit=50', '/api/admin/users?q=[redacted]&limit=50'],
    [
      '/api/notifications/unsubscribe?token=abc.def',
      '/api/notifications/unsubscribe?token=[redacted]',
    ],
    [
      '/api/admin/audit?actor=anna@example.org&action=auth.login',
      '/api/admin/audit?actor=[redacted]&action=auth.login',
    ],
    ['/api/catalogue?search=plasma', '/api/catalogue?search=[redacted]'],
    ['/api/x?%71=secret', '/api/x?%71=[redacted]'],
    ['/api/x?q[]=a&q[]=b', '/api/x?q[]=[redacted]&q[]=[redacted]'],
    ['/api/x?Token=t', '/api/x?Token=[redacted]'],
    ['/api/x?q', '/api/x?q=[redacted]'],
    ['/api/x?%E0%A4%A=1&status=failed', '/api/x?%E0%A4%A=1&status=failed'],
  ])('%s is logged as %s', (url, logged) => {
    expect(redactUrl(url)).toBe(logged);
  });

  it('leaves a URL without a query as it is', () => {
    expect(redactUrl('/api/requests/123')).toBe('/api/requests/123');
  });
});

describe('requestLogProps', () => {
  it('carries the user id only', () => {
    const req = { user: { id: 'u1', email: 'anna@example.org', name: 'Anna' } };
    expect(requestLogProps(req as never)).toEqual({ userId: 'u1' });
  });

  it('carries nothing for an anonymous request', () => {
    expect(requestLogProps({} as never)).toEqual({});
  });
});
