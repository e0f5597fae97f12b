import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { RoutingRule } from '@bgb/contracts';
import { CSRF_COOKIE } from '../../../api/http-client';
import { aBiobank, anError, aService } from '../../../test/factories';
import { json, mockFetch, setCookie, type RecordedCall } from '../../../test/fetch-mock';
import { renderWithProviders } from '../../../test/render';
import RoutingRulesPage from './RoutingRulesPage';

const BIOBANKS = [
  aBiobank('DCB', 'Danish Cancer Biobank'),
  aBiobank('DRB', 'Danish Reuma Biobank'),
];
const biomarkers = aService();
const soeren = { id: '00000000-0000-4000-8000-0000000000aa', name: 'Søren Holm' };

const aRule = (overrides: Partial<RoutingRule> = {}): RoutingRule => ({
  id: '00000000-0000-4000-8000-000000000001',
  name: 'Biomarkers to DCB',
  serviceId: biomarkers.id,
  requestedBiobankCodes: [],
  suggestedBiobankCodes: ['DCB'],
  defaultAssigneeId: soeren.id,
  defaultAssignee: soeren,
  version: 3,
  createdAt: '2026-11-01T09:00:00.000Z',
  updatedAt: '2026-11-02T09:00:00.000Z',
  ...overrides,
});

function showPage(
  rules: RoutingRule[],
  onWrite: (call: RecordedCall) => Response = () => json(200, aRule()),
) {
  const fetched = mockFetch((call) => {
    if (call.url === '/api/biobanks') return json(200, BIOBANKS);
    if (call.url === '/api/services') return json(200, [biomarkers]);
    if (call.url === '/api/case-handlers') return json(200, [soeren]);
    if (call.method !== 'GET') return onWrite(call);
    return json(200, { items: rules });
  });
  renderWithProviders(<RoutingRulesPage />);
  return fetched;
}

describe('the routing rules page', () => {
  beforeEach(() => setCookie(CSRF_COOKIE, 'csrf'));

  it('shows each rule: its service, the biobanks it applies to, what it suggests and the case handler', async () => {
    showPage([
      aRule(),
      aRule({
        id: '00000000-0000-4000-8000-000000000002',
        name: 'Reuma',
        serviceId: null,
        requestedBiobankCodes: ['DRB'],
        suggestedBiobankCodes: ['DRB'],
        defaultAssigneeId: null,
        defaultAssignee: null,
      }),
    ]);
    const table = await screen.findByRole('table', { name: 'Routing rules' });
    await waitFor(() =>
      expect(within(table).getByText('Biomarker development support')).toBeTruthy(),
    );
    const [first, second] = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => row.textContent);
    expect(first).toContain(
      'Biomarkers to DCBBiomarker development supportAny biobankDanish Cancer BiobankSøren Holm',
    );
    expect(second).toContain('ReumaAny serviceDanish Reuma BiobankDanish Reuma BiobankNone');
  });

  it('creates a rule from the form and announces it', async () => {
    const { calls } = showPage([], () => json(201, aRule({ name: 'Reuma to DRB' })));
    expect(await screen.findByText(/There are no routing rules yet/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'New rule' }));
    const dialog = await screen.findByRole('dialog', { name: 'New routing rule' });

    fireEvent.change(within(dialog).getByLabelText(/^Name/), { target: { value: 'Reuma to DRB' } });
    const requested = within(dialog).getByRole('group', { name: 'Requested biobanks' });
    fireEvent.click(
      await within(requested).findByRole('checkbox', { name: 'Danish Reuma Biobank (DRB)' }),
    );
    fireEvent.click(
      within(within(dialog).getByRole('group', { name: 'Suggested biobanks' })).getByRole(
        'checkbox',
        { name: 'Danish Reuma Biobank (DRB)' },
      ),
    );
    await within(dialog).findByRole('option', { name: 'Søren Holm' });
    fireEvent.change(within(dialog).getByLabelText(/^Default case handler/), {
      target: { value: soeren.id },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save rule' }));

    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toContain(
        'The rule “Reuma to DRB” has been saved.',
      ),
    );
    expect(calls.find((call) => call.method === 'POST')).toMatchObject({
      url: '/api/admin/routing-rules',
      body: {
        name: 'Reuma to DRB',
        serviceId: null,
        requestedBiobankCodes: ['DRB'],
        suggestedBiobankCodes: ['DRB'],
        defaultAssigneeId: soeren.id,
      },
    });
  });

  it('refuses a rule that suggests nothing before sending it', async () => {
    const { calls } = showPage([]);
    fireEvent.click(await screen.findByRole('button', { name: 'New rule' }));
    const dialog = await screen.findByRole('dialog', { name: 'New routing rule' });
    fireEvent.change(within(dialog).getByLabelText(/^Name/), { target: { value: 'Nothing' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save rule' }));

    expect(
      await within(dialog).findByText('Suggest at least one biobank or a default case handler'),
    ).toBeTruthy();
    expect(calls.filter((call) => call.method !== 'GET')).toEqual([]);
  });

  it('edits with the version seen, and explains when another administrator changed the rule first', async () => {
    const { calls } = showPage([aRule()], () => json(409, anError(409, 'VERSION_CONFLICT')));
    fireEvent.click(await screen.findByRole('button', { name: 'Edit the rule Biomarkers to DCB' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit the rule Biomarkers to DCB' });
    expect((within(dialog).getByLabelText(/^Name/) as HTMLInputElement).value).toBe(
      'Biomarkers to DCB',
    );
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save rule' }));

    expect((await within(dialog).findByRole('alert')).textContent).toContain(
      'Another administrator changed this rule',
    );
    expect(calls.find((call) => call.method === 'PUT')).toMatchObject({
      url: `/api/admin/routing-rules/${aRule().id}`,
      body: {
        name: 'Biomarkers to DCB',
        version: 3,
        suggestedBiobankCodes: ['DCB'],
        defaultAssigneeId: soeren.id,
      },
    });
  });

  it('deletes a rule only after confirmation', async () => {
    const { calls } = showPage([aRule()], () => new Response(null, { status: 204 }));
    fireEvent.click(
      await screen.findByRole('button', { name: 'Delete the rule Biomarkers to DCB' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Delete routing rule' });
    expect(calls.filter((call) => call.method === 'DELETE')).toEqual([]);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Delete' }));

    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toContain(
        'The rule “Biomarkers to DCB” has been deleted.',
      ),
    );
    expect(calls.find((call) => call.method === 'DELETE')?.url).toBe(
      `/api/admin/routing-rules/${aRule().id}`,
    );
  });
});
