import { fireEvent, screen, waitFor } from '@testing-library/react';
import { CSRF_COOKIE } from '../api/http-client';
import { aUser } from '../test/factories';
import { json, mockFetch, setCookie } from '../test/fetch-mock';
import { renderWithProviders } from '../test/render';
import { routes } from './routes';

describe('the portal routes', () => {
  beforeEach(() => setCookie(CSRF_COOKIE, 'csrf'));

  it('shows a not-found page for an unknown address', async () => {
    mockFetch(() =>
      json(401, { statusCode: 401, error: 'Unauthorized', code: 'UNAUTHENTICATED', message: '' }),
    );
    renderWithProviders(<></>, { routes, route: '/no/such/page' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeTruthy();
  });

  it('takes a user who logs out on a protected page to the front page, not the login page', async () => {
    let loggedIn = true;
    mockFetch((call) => {
      if (call.url === '/api/auth/logout') {
        loggedIn = false;
        return new Response(null, { status: 204 });
      }
      if (call.url === '/api/auth/me') {
        return loggedIn
          ? json(200, aUser())
          : json(401, { statusCode: 401, error: 'x', code: 'UNAUTHENTICATED', message: '' });
      }
      if (call.url.startsWith('/api/requests')) return json(200, { items: [], nextCursor: null });
      return json(200, []);
    });
    const { router } = renderWithProviders(<></>, { routes, route: '/requests' });
    await screen.findByRole('heading', { level: 1, name: 'My requests' });

    fireEvent.click(screen.getByRole('button', { name: 'Log out' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(
      await screen.findByRole('heading', { level: 1, name: /Research services/ }),
    ).toBeTruthy();
    expect(router.state.location.pathname).toBe('/');
    expect(screen.getByRole('banner').textContent).toContain('Log in');
  });
});
