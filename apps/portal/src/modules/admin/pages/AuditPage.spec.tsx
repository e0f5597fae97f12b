import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { AuditEventItem } from '@bgb/contracts';
import { json, mockFetch } from '../../../test/fetch-mock';
import { renderWithProviders } from '../../../test/render';
import AuditPage from './AuditPage';

function anEvent(overrides: Partial<AuditEventItem> = {}): AuditEventItem {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    at: '2026-03-02T09:30:00.123Z',
    action: 'user.roles_changed',
    actorId: '00000000-0000-4000-8000-0000000000aa',
    actorEmail: 'admin@example.org',
    targetType: 'user',
    targetId: '00000000-0000-4000-8000-0000000000bb',
    ip: '192.0.2.7',
    details: {
      before: { roles: ['researcher'], biobankCodes: [] },
      after: { roles: ['researcher', 'coordinator'], biobankCodes: ['DCB'] },
    },
    ...overrides,
  };
}

describe('the audit log page', () => {
  it('shows each event with its exact time, label, actor, target, address and what changed', async () => {
    const { calls } = mockFetch(() => json(200, { items: [anEvent()], nextCursor: null }));
    renderWithProviders(<AuditPage />, { route: '/admin/audit', path: '/admin/audit' });

    const table = await screen.findByRole('table', { name: 'Audit log, newest first' });
    const row = within(table).getAllByRole('row')[1];
    for (const text of [
      '2026-03-02T09:30:00.123Z',
      'Roles changed',
      'admin@example.org',
      '192.0.2.7',
      'roles: researcher → researcher, coordinator',
      'biobankCodes: — → DCB',
    ])
      expect(row.textContent).toContain(text);
    expect(calls[0].url).toBe('/api/admin/audit?limit=50');
  });

  it('filters by event and actor, and names an actor that is neither an address nor an id', async () => {
    const { calls } = mockFetch(() =>
      json(200, {
        items: [anEvent({ action: 'auth.login_failed', actorEmail: null })],
        nextCursor: null,
      }),
    );
    const { router } = renderWithProviders(<AuditPage />, {
      route: '/admin/audit',
      path: '/admin/audit',
    });
    await screen.findByRole('table');

    fireEvent.change(screen.getByLabelText('Done by', { exact: false }), {
      target: { value: 'anna' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Show' }));
    expect(await screen.findByText('Enter a whole e-mail address or a user id')).toBeTruthy();
    expect(calls).toHaveLength(1);

    fireEvent.change(screen.getByLabelText('Event'), { target: { value: 'auth.login_failed' } });
    fireEvent.change(screen.getByLabelText('Done by', { exact: false }), {
      target: { value: 'anna@example.org' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Show' }));
    await waitFor(() =>
      expect(router.state.location.search).toBe(
        '?action=auth.login_failed&actor=anna%40example.org',
      ),
    );
    await waitFor(() =>
      expect(calls.at(-1)?.url).toBe(
        '/api/admin/audit?action=auth.login_failed&actor=anna%40example.org&limit=50',
      ),
    );
    expect(await screen.findByText('Not logged in')).toBeTruthy();
  });
});
