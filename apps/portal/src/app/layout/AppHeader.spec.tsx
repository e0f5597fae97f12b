import { fireEvent, screen, waitFor } from '@testing-library/react';
import { QueryKeys } from '../../api/query-keys';
import { aUser } from '../../test/factories';
import { json, mockFetch } from '../../test/fetch-mock';
import { renderWithProviders, testQueryClient } from '../../test/render';
import { AppHeader } from './AppHeader';

const after = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the header', () => {
  it('stays logged out when the language chosen just before logging out is saved after it', async () => {
    const user = aUser({ roles: ['secretariat'], locale: 'en' });
    mockFetch(async (call) => {
      if (call.url === '/api/auth/csrf') return json(200, { token: 'token' });
      if (call.url === '/api/auth/me/locale') {
        await after(300);
        return json(200, { ...user, locale: 'da' });
      }
      if (call.url === '/api/auth/logout') return json(204);
      return json(200, { count: 0 });
    });
    const queryClient = testQueryClient();
    queryClient.setQueryData(QueryKeys.currentUser(), user);
    renderWithProviders(<AppHeader />, {
      route: '/triage',
      path: '/triage',
      extraRoutes: [{ path: '/', element: <AppHeader /> }],
      queryClient,
    });

    fireEvent.click(screen.getByRole('button', { name: 'Dansk' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Log ud' }));
    expect(await screen.findByRole('link', { name: 'Log ind' })).toBeTruthy();
    await after(500);

    expect(queryClient.getQueryData(QueryKeys.currentUser())).toBeNull();
    await waitFor(() => expect(screen.getByRole('link', { name: 'Log ind' })).toBeTruthy());
  });
});
