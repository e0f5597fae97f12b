import { screen } from '@testing-library/react';
import { aUser } from '../../../test/factories';
import { json, mockFetch } from '../../../test/fetch-mock';
import { renderWithProviders } from '../../../test/render';
import { RequireAuth } from './RequireAuth';

function renderGuarded(route: string) {
  return renderWithProviders(<RequireAuth roles={['secretariat']} />, {
    route,
    path: '/triage',
    extraRoutes: [{ path: '/login', element: <p>login page</p> }],
  });
}

describe('a protected page', () => {
  it('sends a visitor to log in and remembers where they were going', async () => {
    mockFetch(() =>
      json(401, { statusCode: 401, error: 'Unauthorized', code: 'UNAUTHENTICATED', message: 'x' }),
    );
    const { router } = renderGuarded('/triage?status=submitted');

    expect(await screen.findByText('login page')).toBeTruthy();
    expect(router.state.location.pathname).toBe('/login');
    expect(router.state.location.search).toBe('?next=%2Ftriage%3Fstatus%3Dsubmitted');
  });

  it('tells a signed-in user without the role that they have no access', async () => {
    mockFetch(() => json(200, aUser({ roles: ['researcher'] })));
    renderGuarded('/triage');

    expect(await screen.findByRole('heading', { level: 1, name: 'No access' })).toBeTruthy();
    expect(document.title).toBe('No access · BGB Service Portal');
  });
});
