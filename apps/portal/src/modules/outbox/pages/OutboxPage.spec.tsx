import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { OutboxMail } from '@bgb/contracts';
import { CSRF_COOKIE } from '../../../api/http-client';
import { json, mockFetch, setCookie } from '../../../test/fetch-mock';
import { renderWithProviders } from '../../../test/render';
import OutboxPage from './OutboxPage';

let sequence = 0;
function aNotification(overrides: Partial<OutboxMail> = {}): OutboxMail {
  sequence += 1;
  return {
    id: `00000000-0000-4000-8000-${String(sequence).padStart(12, '0')}`,
    recipient: 'researcher@example.org',
    kind: 'request_received',
    subject: '[BGB-2026-00042] We have received your request',
    status: 'failed',
    attempts: 8,
    lastError: '451 Mailbox temporarily unavailable',
    createdAt: '2026-03-02T09:30:00.000Z',
    nextAttemptAt: '2026-03-02T12:30:00.000Z',
    sentAt: null,
    ...overrides,
  };
}

describe('the outbox page', () => {
  beforeEach(() => setCookie(CSRF_COOKIE, 'csrf'));

  it('shows failed mails with their last error first, and resends one with a click', async () => {
    const failed = aNotification();
    let resent = false;
    const { calls } = mockFetch((call) => {
      if (call.method === 'POST') {
        resent = true;
        return json(200, { ...failed, status: 'pending', attempts: 0 });
      }
      return json(200, { items: resent ? [] : [failed], nextCursor: null });
    });
    renderWithProviders(<OutboxPage />, { route: '/admin/outbox', path: '/admin/outbox' });

    const table = await screen.findByRole('table', { name: 'Outgoing mail, newest first' });
    const row = within(table).getByRole('row', { name: /BGB-2026-00042/ });
    expect(row.textContent).toContain('451 Mailbox temporarily unavailable');
    expect(row.textContent).toContain('Failed');
    expect(calls[0].url).toBe('/api/admin/notifications?status=failed&limit=50');

    fireEvent.click(
      within(row).getByRole('button', {
        name: 'Resend “[BGB-2026-00042] We have received your request” to researcher@example.org',
      }),
    );
    await waitFor(() =>
      expect(
        calls.some(
          (call) =>
            call.method === 'POST' && call.url === `/api/admin/notifications/${failed.id}/resend`,
        ),
      ).toBe(true),
    );
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(
        'The mail to researcher@example.org is back in the outbox and will be sent within moments.',
      ),
    );
    expect(
      await screen.findByText('No mail has failed. Everything was delivered or is on its way.'),
    ).toBeTruthy();
  });

  it('filters by status in the address, and offers no resend for mails that did not fail', async () => {
    const sent = aNotification({
      status: 'sent',
      attempts: 1,
      lastError: null,
      sentAt: '2026-03-02T09:30:05.000Z',
    });
    const { calls } = mockFetch(() => json(200, { items: [sent], nextCursor: null }));
    const { router } = renderWithProviders(<OutboxPage />, {
      route: '/admin/outbox',
      path: '/admin/outbox',
    });
    await screen.findByRole('table');

    fireEvent.change(screen.getByRole('combobox', { name: 'Show' }), { target: { value: 'sent' } });

    await waitFor(() => expect(router.state.location.search).toBe('?status=sent'));
    await waitFor(() =>
      expect(
        calls.some((call) => call.url === '/api/admin/notifications?status=sent&limit=50'),
      ).toBe(true),
    );
    const row = await screen.findByRole('row', { name: /BGB-2026-00042/ });
    await waitFor(() => expect(row.textContent).toContain('Sent'));
    expect(within(row).queryByRole('button')).toBeNull();

    fireEvent.change(screen.getByRole('combobox', { name: 'Show' }), { target: { value: 'all' } });
    await waitFor(() =>
      expect(calls.some((call) => call.url === '/api/admin/notifications?limit=50')).toBe(true),
    );
  });

  it('explains a resend that came too late', async () => {
    const failed = aNotification();
    mockFetch((call) =>
      call.method === 'POST'
        ? json(409, {
            statusCode: 409,
            error: 'Conflict',
            code: 'NOTIFICATION_NOT_FAILED',
            message: 'Only a failed notification can be sent again',
          })
        : json(200, { items: [failed], nextCursor: null }),
    );
    renderWithProviders(<OutboxPage />, { route: '/admin/outbox', path: '/admin/outbox' });
    fireEvent.click(await screen.findByRole('button', { name: /^Resend/ }));
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Only a failed mail can be sent again.',
    );
  });
});
