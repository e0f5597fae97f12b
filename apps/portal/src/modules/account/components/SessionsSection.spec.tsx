import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { SessionItem } from '@bgb/contracts';
import { CSRF_COOKIE } from '../../../api/http-client';
import { json, mockFetch, setCookie } from '../../../test/fetch-mock';
import { renderWithProviders } from '../../../test/render';
import { SessionsSection } from './SessionsSection';

const CHROME_LINUX =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const SAFARI_IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1';

const session = (overrides: Partial<SessionItem>): SessionItem => ({
  id: '00000000-0000-4000-8000-000000000001',
  createdAt: '2026-12-01T08:00:00.000Z',
  lastSeenAt: '2026-12-06T09:30:00.000Z',
  userAgent: CHROME_LINUX,
  current: false,
  ...overrides,
});

describe('the list of where the user is signed in', () => {
  beforeEach(() => setCookie(CSRF_COOKIE, 'csrf'));

  it('names each browser, marks this one and signs out another', async () => {
    let items = [
      session({ id: '00000000-0000-4000-8000-000000000001', current: true }),
      session({ id: '00000000-0000-4000-8000-000000000002', userAgent: SAFARI_IPHONE }),
      session({ id: '00000000-0000-4000-8000-000000000003', userAgent: null }),
    ];
    const { calls } = mockFetch((call) => {
      if (call.method === 'DELETE') {
        items = items.filter((item) => !call.url.endsWith(item.id));
        return new Response(null, { status: 204 });
      }
      return json(200, { items });
    });
    renderWithProviders(<SessionsSection />);

    const list = await screen.findByRole('list', { name: 'Where you are signed in' });
    const rows = within(list).getAllByRole('listitem');
    expect(rows.map((row) => row.textContent)).toEqual([
      expect.stringContaining('Chrome on LinuxThis device'),
      expect.stringContaining('Safari on iPhone'),
      expect.stringContaining('Unknown browser'),
    ]);
    expect(rows[0]?.textContent).toContain('Signed in 1 Dec 2026');
    expect(within(rows[0]!).queryByRole('button')).toBeNull();

    fireEvent.click(within(rows[1]!).getByRole('button', { name: /^Sign out Safari on iPhone/ }));

    await screen.findByText('Safari on iPhone has been signed out.');
    expect(calls.find((call) => call.method === 'DELETE')?.url).toBe(
      '/api/auth/sessions/00000000-0000-4000-8000-000000000002',
    );
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(2));
    expect(document.activeElement?.textContent).toBe('Where you are signed in');
  });

  it('signs out everywhere else, and offers it no more', async () => {
    let items = [
      session({ current: true }),
      session({ id: '00000000-0000-4000-8000-000000000009' }),
    ];
    const { calls } = mockFetch((call) => {
      if (call.method === 'DELETE') {
        items = items.filter((item) => item.current);
        return new Response(null, { status: 204 });
      }
      return json(200, { items });
    });
    renderWithProviders(<SessionsSection />);

    fireEvent.click(await screen.findByRole('button', { name: 'Sign out everywhere else' }));

    await screen.findByText(/You have been signed out everywhere else/);
    expect(calls.find((call) => call.method === 'DELETE')?.url).toBe('/api/auth/sessions');
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: 'Sign out everywhere else' })).toBeNull(),
    );
  });
});
