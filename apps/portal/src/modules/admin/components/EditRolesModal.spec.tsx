import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { AdminUser } from '@bgb/contracts';
import { CSRF_COOKIE } from '../../../api/http-client';
import { i18n } from '../../../i18n/i18n';
import { descriptionOf } from '../../../test/dom';
import { aBiobank, anError } from '../../../test/factories';
import { json, mockFetch, setCookie, type RecordedCall } from '../../../test/fetch-mock';
import { renderWithProviders } from '../../../test/render';
import { EditRolesModal } from './EditRolesModal';

const BIOBANKS = [
  aBiobank('DCB', 'Danish Cancer Biobank', 'Danske Cancer Biobank'),
  aBiobank('DRB', 'Danish Reuma Biobank', 'Dansk Reuma Biobank'),
  aBiobank('DGB', 'Danish Genetic Biobank', 'Dansk Genetisk Biobank'),
  aBiobank('DBB', 'Danish Blood Donor Biobank', 'Dansk Bloddonor Biobank'),
  aBiobank('PATO', 'Pato Biobank', 'Patobiobanken'),
];

function aUser(overrides: Partial<AdminUser> = {}): AdminUser {
  return {
    id: '00000000-0000-4000-8000-0000000000aa',
    name: 'Åse Øberg',
    email: 'aase@example.org',
    institution: 'Odense Universitetshospital',
    roles: ['researcher'],
    biobankCodes: [],
    createdAt: '2026-03-02T09:30:00.000Z',
    deactivatedAt: null,
    ...overrides,
  };
}

/** The catalogue's biobanks, and `onSave` for the role change. */
function api(onSave: (call: RecordedCall) => Response) {
  return mockFetch((call) => (call.url === '/api/biobanks' ? json(200, BIOBANKS) : onSave(call)));
}

function open(user: AdminUser, onSaved = vi.fn()) {
  renderWithProviders(<EditRolesModal user={user} onClose={() => undefined} onSaved={onSaved} />);
  return { dialog: screen.getByRole('dialog', { name: `Edit roles for ${user.name}` }), onSaved };
}

describe("editing a user's roles", () => {
  beforeEach(() => setCookie(CSRF_COOKIE, 'csrf'));

  it('offers the biobanks only while "Biobank coordinator" is ticked, in the current language', async () => {
    api(() => json(500));
    const { dialog } = open(aUser());

    expect(within(dialog).getByRole('checkbox', { name: /^Researcher/ })).toHaveProperty(
      'checked',
      true,
    );
    expect(
      within(dialog).queryByRole('group', { name: /Coordinator of these biobanks/ }),
    ).toBeNull();

    fireEvent.click(within(dialog).getByRole('checkbox', { name: /^Biobank coordinator/ }));
    const biobanks = await within(dialog).findByRole('group', {
      name: /Coordinator of these biobanks/,
    });
    expect(await within(biobanks).findAllByRole('checkbox')).toHaveLength(5);
    expect(
      within(biobanks).getByRole('checkbox', { name: 'Danish Reuma Biobank (DRB)' }),
    ).toBeTruthy();

    await act(() => i18n.changeLanguage('da'));
    expect(
      await within(dialog).findByRole('checkbox', { name: 'Dansk Reuma Biobank (DRB)' }),
    ).toBeTruthy();
    expect(within(dialog).getByRole('checkbox', { name: /^Biobankkoordinator/ })).toHaveProperty(
      'checked',
      true,
    );

    fireEvent.click(within(dialog).getByRole('checkbox', { name: /^Biobankkoordinator/ }));
    expect(
      within(dialog).queryByRole('group', { name: /Koordinator for disse biobanker/ }),
    ).toBeNull();
  });

  it('sends the chosen roles and biobanks and hands back the saved user', async () => {
    const saved = aUser({ roles: ['researcher', 'coordinator'], biobankCodes: ['DRB'] });
    const { calls } = api(() => json(200, saved));
    const { dialog, onSaved } = open(aUser());

    fireEvent.click(within(dialog).getByRole('checkbox', { name: /^Biobank coordinator/ }));
    fireEvent.click(
      await within(dialog).findByRole('checkbox', { name: 'Danish Reuma Biobank (DRB)' }),
    );
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save roles' }));

    await waitFor(() => expect(onSaved).toHaveBeenCalledWith(saved));
    const save = calls.find((call) => call.method === 'PUT');
    expect(save).toMatchObject({
      url: `/api/admin/users/${saved.id}/roles`,
      body: { roles: ['researcher', 'coordinator'], biobankCodes: ['DRB'] },
    });
    expect(save?.headers.get('X-XSRF-TOKEN')).toBe('csrf');
  });

  it('drops the biobanks of a coordinator who is a coordinator no more', async () => {
    const { calls } = api(() => json(200, aUser({ roles: ['secretariat'] })));
    const { dialog } = open(aUser({ roles: ['coordinator'], biobankCodes: ['DCB'] }));

    fireEvent.click(within(dialog).getByRole('checkbox', { name: /^Biobank coordinator/ }));
    fireEvent.click(within(dialog).getByRole('checkbox', { name: /^Secretariat/ }));
    expect(
      within(dialog).getByText('Saving removes this user as coordinator of their biobanks.'),
    ).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save roles' }));

    await waitFor(() => expect(calls.some((call) => call.method === 'PUT')).toBe(true));
    expect(calls.find((call) => call.method === 'PUT')?.body).toEqual({
      roles: ['secretariat'],
      biobankCodes: [],
    });
  });

  it("asks for a role, and for a coordinator's biobank, before sending anything", async () => {
    const { calls } = api(() => json(500));
    const { dialog } = open(aUser());

    fireEvent.click(within(dialog).getByRole('checkbox', { name: /^Researcher/ }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save roles' }));
    const roles = within(dialog).getByRole('group', { name: /^Roles/ });
    await waitFor(() => expect(descriptionOf(roles)).toContain('Please choose at least one'));

    fireEvent.click(within(dialog).getByRole('checkbox', { name: /^Biobank coordinator/ }));
    await within(dialog).findByRole('checkbox', { name: 'Danish Cancer Biobank (DCB)' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save roles' }));
    const biobanks = within(dialog).getByRole('group', { name: /Coordinator of these biobanks/ });
    await waitFor(() =>
      expect(descriptionOf(biobanks)).toContain('Choose at least one biobank for a coordinator'),
    );
    expect(calls.filter((call) => call.method === 'PUT')).toEqual([]);
  });

  it("shows the API's error on the field it names", async () => {
    api(() =>
      json(
        422,
        anError(422, 'UNKNOWN_REFERENCE', [
          { field: 'biobankCodes.0', code: 'unknown_biobank', message: 'No biobank with code DRB' },
        ]),
      ),
    );
    const { dialog, onSaved } = open(aUser());

    fireEvent.click(within(dialog).getByRole('checkbox', { name: /^Biobank coordinator/ }));
    fireEvent.click(
      await within(dialog).findByRole('checkbox', { name: 'Danish Reuma Biobank (DRB)' }),
    );
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save roles' }));

    const biobanks = within(dialog).getByRole('group', { name: /Coordinator of these biobanks/ });
    await waitFor(() => expect(descriptionOf(biobanks)).toContain('No biobank with code DRB'));
    expect(within(dialog).queryByRole('alert')).toBeNull();
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('explains why admins cannot remove their own administrator role', async () => {
    api(() => json(409, anError(409, 'OWN_ADMIN_ROLE')));
    const { dialog } = open(aUser({ roles: ['admin'] }));

    fireEvent.click(within(dialog).getByRole('checkbox', { name: /^Researcher/ }));
    fireEvent.click(within(dialog).getByRole('checkbox', { name: /^Administrator/ }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save roles' }));

    expect((await within(dialog).findByRole('alert')).textContent).toContain(
      'You cannot remove your own administrator role.',
    );
  });
});
