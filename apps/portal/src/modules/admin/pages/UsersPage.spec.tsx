import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { AdminUser } from '@bgb/contracts';
import { CSRF_COOKIE } from '../../../api/http-client';
import { aBiobank } from '../../../test/factories';
import { json, mockFetch, setCookie } from '../../../test/fetch-mock';
import { renderWithProviders } from '../../../test/render';
import UsersPage from './UsersPage';

let sequence = 0;
function aUser(overrides: Partial<AdminUser> = {}): AdminUser {
  sequence += 1;
  return {
    id: `00000000-0000-4000-8000-${String(sequence).padStart(12, '0')}`,
    name: 'Rikke Østergaard',
    email: 'researcher@example.org',
    institution: 'Aarhus Universitet',
    roles: ['researcher'],
    biobankCodes: [],
    createdAt: '2026-03-02T09:30:00.000Z',
    deactivatedAt: null,
    ...overrides,
  };
}

const BIOBANKS = [
  aBiobank('DCB', 'Danish Cancer Biobank'),
  aBiobank('DRB', 'Danish Reuma Biobank'),
];

describe('the users page', () => {
  beforeEach(() => setCookie(CSRF_COOKIE, 'csrf'));

  it('shows users with their roles and biobanks, searches by name or e-mail and loads more by cursor', async () => {
    const camilla = aUser({ name: 'Camilla Dahl', roles: ['coordinator'], biobankCodes: ['DCB'] });
    const mads = aUser({ name: 'Mads Bæk', roles: ['coordinator'], biobankCodes: ['DRB'] });
    const { calls } = mockFetch((call) => {
      if (call.url === '/api/biobanks') return json(200, BIOBANKS);
      if (call.url.includes('q=')) return json(200, { items: [mads], nextCursor: null });
      if (call.url.includes('cursor=')) return json(200, { items: [mads], nextCursor: null });
      return json(200, { items: [camilla], nextCursor: 'next-page' });
    });
    renderWithProviders(<UsersPage />);

    const table = await screen.findByRole('table', { name: 'Users, by name' });
    const row = within(table).getByRole('row', { name: /Camilla Dahl/ });
    expect(row.textContent).toContain('Biobank coordinator');
    expect(await within(row).findByText('Danish Cancer Biobank')).toBeTruthy();
    expect(within(row).getByRole('button', { name: 'Edit roles for Camilla Dahl' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));
    expect(await within(table).findByRole('row', { name: /Mads Bæk/ })).toBeTruthy();
    expect(calls.some((call) => call.url === '/api/admin/users?cursor=next-page&limit=50')).toBe(
      true,
    );

    fireEvent.change(screen.getByRole('searchbox', { name: 'Search by name or e-mail' }), {
      target: { value: ' bæk ' },
    });
    await waitFor(() =>
      expect(
        calls.some(
          (call) => call.url === `/api/admin/users?q=${encodeURIComponent('bæk')}&limit=50`,
        ),
      ).toBe(true),
    );
    await waitFor(() =>
      expect(within(table).queryByRole('row', { name: /Camilla Dahl/ })).toBeNull(),
    );
  });

  it('says so when nobody matches the search', async () => {
    mockFetch((call) =>
      json(
        200,
        call.url.includes('q=')
          ? { items: [], nextCursor: null }
          : { items: [aUser()], nextCursor: null },
      ),
    );
    renderWithProviders(<UsersPage />);
    await screen.findByRole('table', { name: 'Users, by name' });

    fireEvent.change(screen.getByRole('searchbox', { name: 'Search by name or e-mail' }), {
      target: { value: 'nobody' },
    });

    expect(await screen.findByText("No user's name or e-mail contains “nobody”.")).toBeTruthy();
  });

  it('announces saved roles and shows the list as it is now', async () => {
    const before = aUser({ name: 'Åse Øberg' });
    const after = { ...before, roles: ['secretariat' as const] };
    let saved = false;
    mockFetch((call) => {
      if (call.url === '/api/biobanks') return json(200, BIOBANKS);
      if (call.method === 'PUT') {
        saved = true;
        return json(200, after);
      }
      return json(200, { items: [saved ? after : before], nextCursor: null });
    });
    renderWithProviders(<UsersPage />);

    fireEvent.click(await screen.findByRole('button', { name: 'Edit roles for Åse Øberg' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit roles for Åse Øberg' });
    fireEvent.click(within(dialog).getByRole('checkbox', { name: /^Researcher/ }));
    fireEvent.click(within(dialog).getByRole('checkbox', { name: /^Secretariat/ }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save roles' }));

    await waitFor(() =>
      expect(
        screen
          .getAllByRole('status')
          .some((s) => s.textContent === 'The roles of Åse Øberg have been saved.'),
      ).toBe(true),
    );
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const row = screen.getByRole('row', { name: /Åse Øberg/ });
    await waitFor(() => expect(row.textContent).toContain('Secretariat'));
    expect(row.textContent).not.toContain('Researcher');
  });
});
