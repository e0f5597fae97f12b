import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { RoutingSuggestion } from '@bgb/contracts';
import { CSRF_COOKIE } from '../../../api/http-client';
import { QueryKeys } from '../../../api/query-keys';
import { anError, aRequest, aUser } from '../../../test/factories';
import { json, mockFetch, setCookie, type RecordedCall } from '../../../test/fetch-mock';
import { renderWithProviders, testQueryClient } from '../../../test/render';
import { TriagePanel } from './TriagePanel';

const me = aUser({ name: 'Søren Holm', roles: ['secretariat'] });
const colleague = { id: '00000000-0000-4000-8000-0000000000bb', name: 'Sofie Secretariat' };

function showPanel(
  request = aRequest({ status: 'in_triage', version: 4 }),
  onPatch?: (call: RecordedCall) => Response,
  suggestion: RoutingSuggestion = { biobanks: [], caseHandler: null },
) {
  const fetched = mockFetch((call) => {
    if (call.url === '/api/auth/me') return json(200, me);
    if (call.url.endsWith('/routing-suggestion')) return json(200, suggestion);
    if (call.url === '/api/case-handlers')
      return json(200, [{ id: me.id, name: me.name }, colleague]);
    if (call.method === 'PATCH' && onPatch) return onPatch(call);
    return json(200, []);
  });
  const queryClient = testQueryClient();
  const refetched = vi.spyOn(queryClient, 'invalidateQueries');
  renderWithProviders(<TriagePanel request={request} />, { queryClient });
  return { ...fetched, refetched, request };
}

describe('the triage panel', () => {
  beforeEach(() => setCookie(CSRF_COOKIE, 'csrf'));

  it('assigns the request to the signed-in user, sending the version they saw', async () => {
    const { calls, refetched, request } = showPanel(undefined, () =>
      json(
        200,
        aRequest({ status: 'in_triage', version: 5, assignee: { id: me.id, name: me.name } }),
      ),
    );

    fireEvent.click(await screen.findByRole('button', { name: 'Assign to me' }));

    expect((await screen.findByRole('status')).textContent).toContain('The triage has been saved.');
    const patch = calls.find((call) => call.method === 'PATCH');
    expect(patch).toMatchObject({
      url: `/api/requests/${request.id}/triage`,
      body: { assigneeId: me.id, version: 4 },
    });
    expect(refetched).toHaveBeenCalledWith({ queryKey: QueryKeys.requests.history(request.id) });
  });

  it('saves a new priority or case handler as soon as it is chosen', async () => {
    const { calls } = showPanel(undefined, () => json(200, aRequest({ version: 5 })));
    await waitFor(() =>
      expect(screen.getAllByRole('option', { name: colleague.name })).toHaveLength(1),
    );

    fireEvent.change(screen.getByLabelText('Priority'), { target: { value: 'high' } });
    await waitFor(() => expect(calls.filter((call) => call.method === 'PATCH')).toHaveLength(1));
    fireEvent.change(screen.getByLabelText('Case handler'), { target: { value: colleague.id } });
    await waitFor(() => expect(calls.filter((call) => call.method === 'PATCH')).toHaveLength(2));

    expect(calls.filter((call) => call.method === 'PATCH').map((call) => call.body)).toEqual([
      { priority: 'high', version: 4 },
      { assigneeId: colleague.id, version: 4 },
    ]);
  });

  it('explains a conflict and fetches the request again', async () => {
    const { refetched } = showPanel(undefined, () => json(409, anError(409, 'VERSION_CONFLICT')));

    fireEvent.change(screen.getByLabelText('Priority'), { target: { value: 'urgent' } });

    expect((await screen.findByRole('alert')).textContent).toContain(
      'Someone else changed this request',
    );
    expect(refetched).toHaveBeenCalledWith({ queryKey: QueryKeys.requests.all() });
  });

  it('offers routing only when the API says the request may be routed', async () => {
    showPanel(aRequest({ status: 'in_triage', mayRoute: false }));
    await screen.findByRole('button', { name: 'Assign to me' });
    expect(screen.queryByRole('button', { name: 'Route to biobanks' })).toBeNull();
  });

  it('offers the case handler a routing rule suggests, naming the rule, and assigns them', async () => {
    const reason = {
      kind: 'rule' as const,
      ruleId: '00000000-0000-4000-8000-0000000000aa',
      ruleName: 'Biomarkers',
    };
    const { calls } = showPanel(undefined, () => json(200, aRequest({ version: 5 })), {
      biobanks: [],
      caseHandler: { assignee: colleague, reason },
    });

    expect(
      await screen.findByText('Suggested case handler: Sofie Secretariat (rule “Biomarkers”)'),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Assign Sofie Secretariat' }));

    await waitFor(() =>
      expect(calls.find((call) => call.method === 'PATCH')?.body).toEqual({
        assigneeId: colleague.id,
        version: 4,
      }),
    );
  });

  it('does not suggest the case handler the request already has', async () => {
    const reason = {
      kind: 'rule' as const,
      ruleId: '00000000-0000-4000-8000-0000000000aa',
      ruleName: 'Biomarkers',
    };
    const { calls } = showPanel(aRequest({ status: 'in_triage', assignee: colleague }), undefined, {
      biobanks: [],
      caseHandler: { assignee: colleague, reason },
    });
    await waitFor(() =>
      expect(calls.some((call) => call.url.endsWith('/routing-suggestion'))).toBe(true),
    );
    await screen.findByRole('button', { name: 'Assign to me' });
    expect(screen.queryByText(/Suggested case handler/)).toBeNull();
  });
});
