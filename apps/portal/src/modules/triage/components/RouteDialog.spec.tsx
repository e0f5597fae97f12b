import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { RoutingSuggestion } from '@bgb/contracts';
import { CSRF_COOKIE } from '../../../api/http-client';
import { aBiobank, anError, aRequest } from '../../../test/factories';
import { json, mockFetch, setCookie, type RecordedCall } from '../../../test/fetch-mock';
import { renderWithProviders } from '../../../test/render';
import { RouteDialog } from './RouteDialog';

const biobanks = [
  aBiobank('DCB', 'Danish Cancer Biobank'),
  aBiobank('DRB', 'Danish Reuma Biobank'),
  aBiobank('PATO', 'The Pato Biobank'),
];

function showDialog(onPost: (call: RecordedCall) => Response, suggestion?: RoutingSuggestion) {
  const request = aRequest({
    status: 'in_triage',
    version: 6,
    biobankCodes: ['DCB', 'DRB'],
    mayRoute: true,
  });
  const onRouted = vi.fn();
  const fetched = mockFetch((call) => {
    if (call.url === '/api/biobanks') return json(200, biobanks);
    if (call.url.endsWith('/routing-suggestion'))
      return suggestion ? json(200, suggestion) : json(500, anError(500, 'INTERNAL'));
    if (call.method === 'POST') return onPost(call);
    return json(200, []);
  });
  renderWithProviders(
    <RouteDialog request={request} opened onClose={() => undefined} onRouted={onRouted} />,
  );
  return { ...fetched, onRouted, request };
}

describe('routing a request to biobanks', () => {
  beforeEach(() => setCookie(CSRF_COOKIE, 'csrf'));

  it('ticks what the routing rules suggest, with the reason under each biobank', async () => {
    const rule = {
      kind: 'rule' as const,
      ruleId: '00000000-0000-4000-8000-0000000000aa',
      ruleName: 'Biomarkers to PATO',
    };
    showDialog(() => json(200, aRequest()), {
      biobanks: [
        { biobankCode: 'PATO', reasons: [rule] },
        { biobankCode: 'DRB', reasons: [rule, { kind: 'requested' }] },
      ],
      caseHandler: null,
    });
    const dialog = await screen.findByRole('dialog', { name: 'Route to biobanks' });
    const pato = await within(dialog).findByRole('checkbox', { name: 'The Pato Biobank (PATO)' });
    expect((pato as HTMLInputElement).checked).toBe(true);
    expect(
      (
        within(dialog).getByRole('checkbox', {
          name: 'Danish Reuma Biobank (DRB)',
        }) as HTMLInputElement
      ).checked,
    ).toBe(true);
    expect(
      (
        within(dialog).getByRole('checkbox', {
          name: 'Danish Cancer Biobank (DCB)',
        }) as HTMLInputElement
      ).checked,
    ).toBe(false);
    expect(within(dialog).getByText('Suggested: rule “Biomarkers to PATO”')).toBeTruthy();
    expect(
      within(dialog).getByText('Suggested: rule “Biomarkers to PATO”; asked for by the researcher'),
    ).toBeTruthy();
  });

  it('starts from the researcher’s biobanks, saying so, when the rules cannot be read', async () => {
    showDialog(() => json(200, aRequest()));
    const dialog = await screen.findByRole('dialog', { name: 'Route to biobanks' });
    expect(
      await within(dialog).findByText(/The routing rules could not be read just now/),
    ).toBeTruthy();
  });

  it('starts from the researcher’s biobanks and sends the chosen ones, the note and the version', async () => {
    const { calls, onRouted, request } = showDialog(
      () => json(200, aRequest({ status: 'routed', version: 7 })),
      {
        biobanks: [
          { biobankCode: 'DCB', reasons: [{ kind: 'requested' }] },
          { biobankCode: 'DRB', reasons: [{ kind: 'requested' }] },
        ],
        caseHandler: null,
      },
    );
    const dialog = await screen.findByRole('dialog', { name: 'Route to biobanks' });

    const dcb = await within(dialog).findByRole('checkbox', {
      name: 'Danish Cancer Biobank (DCB)',
    });
    expect((dcb as HTMLInputElement).checked).toBe(true);
    expect(
      (
        within(dialog).getByRole('checkbox', {
          name: 'Danish Reuma Biobank (DRB)',
        }) as HTMLInputElement
      ).checked,
    ).toBe(true);
    expect(
      (
        within(dialog).getByRole('checkbox', {
          name: 'The Pato Biobank (PATO)',
        }) as HTMLInputElement
      ).checked,
    ).toBe(false);

    fireEvent.click(within(dialog).getByRole('checkbox', { name: 'Danish Reuma Biobank (DRB)' }));
    fireEvent.click(within(dialog).getByRole('checkbox', { name: 'The Pato Biobank (PATO)' }));
    fireEvent.change(within(dialog).getByLabelText(/Note to the biobanks/), {
      target: { value: 'Urgent, please.' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Route' }));

    await waitFor(() => expect(onRouted).toHaveBeenCalledWith(['DCB', 'PATO']));
    expect(calls.find((call) => call.method === 'POST')).toMatchObject({
      url: `/api/requests/${request.id}/routings`,
      body: { biobankCodes: ['DCB', 'PATO'], note: 'Urgent, please.', version: 6 },
    });
  });

  it('asks for at least one biobank before sending anything', async () => {
    const { calls } = showDialog(() => json(200, aRequest()));
    const dialog = await screen.findByRole('dialog', { name: 'Route to biobanks' });
    fireEvent.click(
      await within(dialog).findByRole('checkbox', { name: 'Danish Cancer Biobank (DCB)' }),
    );
    fireEvent.click(within(dialog).getByRole('checkbox', { name: 'Danish Reuma Biobank (DRB)' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Route' }));

    expect(await within(dialog).findByText('Please choose at least one')).toBeTruthy();
    expect(calls.filter((call) => call.method === 'POST')).toEqual([]);
  });

  it('shows the API’s objection to a biobank on the biobank choice', async () => {
    showDialog(() =>
      json(
        422,
        anError(422, 'UNKNOWN_REFERENCE', [
          { field: 'biobankCodes.0', code: 'UNKNOWN_REFERENCE', message: 'Unknown biobank' },
        ]),
      ),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Route to biobanks' });
    await within(dialog).findByRole('checkbox', { name: 'Danish Cancer Biobank (DCB)' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Route' }));

    expect(
      await within(dialog).findByText('One of the chosen items no longer exists.'),
    ).toBeTruthy();
  });
});
