import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { AdminBiobank } from '@bgb/contracts';
import { CSRF_COOKIE } from '../../../api/http-client';
import { aBiobank, anError } from '../../../test/factories';
import { json, mockFetch, setCookie } from '../../../test/fetch-mock';
import { renderWithProviders } from '../../../test/render';
import BiobanksPage from './BiobanksPage';

function anAdminBiobank(
  code: string,
  en: string,
  overrides: Partial<AdminBiobank> = {},
): AdminBiobank {
  return { ...aBiobank(code, en), sharedMailbox: null, coordinatorCount: 0, ...overrides };
}

describe('the biobanks page', () => {
  beforeEach(() => setCookie(CSRF_COOKIE, 'csrf'));

  it('shows each biobank with its coordinators and shared mailbox, and which of them nobody would hear from', async () => {
    mockFetch(() =>
      json(200, {
        items: [
          anAdminBiobank('DCB', 'Danish Cancer Biobank', { coordinatorCount: 1 }),
          anAdminBiobank('DGB', 'Danish Genetic Biobank'),
          anAdminBiobank('PATO', 'The Pato Biobank', { sharedMailbox: 'pato@biobank.example' }),
        ],
      }),
    );
    renderWithProviders(<BiobanksPage />);

    const table = await screen.findByRole('table', { name: 'Biobanks' });
    const row = (name: RegExp) => within(table).getByRole('row', { name });
    expect(row(/Danish Cancer Biobank/).textContent).not.toContain('Cannot be routed to');
    expect(row(/Danish Genetic Biobank/).textContent).toContain('Cannot be routed to');
    expect(row(/The Pato Biobank/).textContent).toContain('pato@biobank.example');
    expect(row(/The Pato Biobank/).textContent).not.toContain('Cannot be routed to');
  });

  it('edits a mailbox, shows the API refusing a bad address on the field, and clears it with an empty field', async () => {
    let stored: string | null = null;
    const { calls } = mockFetch((call) => {
      if (call.method === 'PUT') {
        const { sharedMailbox } = call.body as { sharedMailbox: string | null };
        if (sharedMailbox === 'taken@biobank.example') {
          return json(
            400,
            anError(400, 'VALIDATION_FAILED', [
              { field: 'sharedMailbox', code: 'invalid_format', message: 'Refused by the server' },
            ]),
          );
        }
        stored = sharedMailbox;
      }
      return call.method === 'PUT'
        ? json(200, anAdminBiobank('DGB', 'Danish Genetic Biobank', { sharedMailbox: stored }))
        : json(200, {
            items: [anAdminBiobank('DGB', 'Danish Genetic Biobank', { sharedMailbox: stored })],
          });
    });
    renderWithProviders(<BiobanksPage />);

    fireEvent.click(
      await screen.findByRole('button', {
        name: 'Edit the shared mailbox of Danish Genetic Biobank',
      }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Shared mailbox of Danish Genetic Biobank',
    });
    const field = within(dialog).getByRole('textbox', { name: /Shared mailbox/ });

    fireEvent.change(field, { target: { value: 'taken@biobank.example' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByText('Refused by the server')).toBeTruthy();

    fireEvent.change(field, { target: { value: ' DGB@Biobank.example ' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(
      await screen.findByText('The shared mailbox of Danish Genetic Biobank is saved.'),
    ).toBeTruthy();
    expect(calls.filter((call) => call.method === 'PUT').at(-1)).toMatchObject({
      url: '/api/admin/biobanks/DGB',
      body: { sharedMailbox: 'dgb@biobank.example' },
    });
    const table = await screen.findByRole('table', { name: 'Biobanks' });
    await waitFor(() =>
      expect(
        within(table).getByRole('row', { name: /Danish Genetic Biobank/ }).textContent,
      ).toContain('dgb@biobank.example'),
    );

    fireEvent.click(
      screen.getByRole('button', { name: 'Edit the shared mailbox of Danish Genetic Biobank' }),
    );
    const again = await screen.findByRole('dialog', {
      name: 'Shared mailbox of Danish Genetic Biobank',
    });
    fireEvent.change(within(again).getByRole('textbox', { name: /Shared mailbox/ }), {
      target: { value: '' },
    });
    fireEvent.click(within(again).getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(calls.filter((call) => call.method === 'PUT').at(-1)?.body).toEqual({
        sharedMailbox: null,
      }),
    );
    await waitFor(() =>
      expect(
        within(table).getByRole('row', { name: /Danish Genetic Biobank/ }).textContent,
      ).toContain('Cannot be routed to'),
    );
  });
});
