import { screen } from '@testing-library/react';
import { json, mockFetch } from '../../../test/fetch-mock';
import { renderWithProviders } from '../../../test/render';
import { NotificationBell } from './NotificationBell';

describe('the notification bell', () => {
  it('names the unread count and leads to the list', async () => {
    mockFetch((call) =>
      call.url === '/api/notifications/unread-count' ? json(200, { count: 3 }) : json(404),
    );
    const { router } = renderWithProviders(<NotificationBell />, {
      extraRoutes: [{ path: '/notifications', element: <p>list</p> }],
    });
    const bell = await screen.findByRole('link', { name: 'Notifications, 3 unread' });
    bell.click();
    expect(await screen.findByText('list')).toBeTruthy();
    expect(router.state.location.pathname).toBe('/notifications');
  });

  it('is just "Notifications" when nothing is unread', async () => {
    const { calls } = mockFetch(() => json(200, { count: 0 }));
    renderWithProviders(<NotificationBell />);
    expect(await screen.findByRole('link', { name: 'Notifications' })).toBeTruthy();
    expect(calls.map((call) => call.url)).toEqual(['/api/notifications/unread-count']);
  });
});
