import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { ServiceRequest, User } from '@bgb/contracts';
import { CSRF_COOKIE } from '../../../api/http-client';
import { QueryKeys } from '../../../api/query-keys';
import { descriptionOf, isInvalid } from '../../../test/dom';
import { aBiobank, anError, anEvent, aRequest, aService, aUser } from '../../../test/factories';
import { json, mockFetch, setCookie, type RecordedCall } from '../../../test/fetch-mock';
import { renderWithProviders, testQueryClient } from '../../../test/render';
import RequestDetailsPage from '../pages/RequestDetailsPage';
import { ClarificationNotice } from './ClarificationNotice';

const researcher = aUser();
const secretariat = aUser({ name: 'Sofie Secretariat', roles: ['secretariat'] });
const service = aService();
const biobanks = [
  aBiobank('DCB', 'Danish Cancer Biobank'),
  aBiobank('DRB', 'Danish Reuma Biobank'),
];

function awaitingAnswer(overrides: Partial<ServiceRequest> = {}): ServiceRequest {
  return aRequest({
    status: 'awaiting_researcher',
    version: 3,
    serviceId: service.id,
    researcher: { id: researcher.id, name: researcher.name, email: researcher.email },
    allowedActions: ['answer', 'withdraw'],
    ...overrides,
  });
}

/**
 * The request page against a fake API: reads answer with `current()`, which a test may change
 * to play somebody else's edit; `onPatch` answers the edit.
 */
function openRequestPage(request: ServiceRequest, onPatch: (call: RecordedCall) => Response) {
  let current = request;
  const fetched = mockFetch((call) => {
    if (call.url === '/api/auth/me') return json(200, researcher);
    if (call.url === '/api/services') return json(200, [service]);
    if (call.url === '/api/biobanks') return json(200, biobanks);
    if (call.url === `/api/requests/${request.id}/history`)
      return json(200, { items: [anEvent()] });
    if (call.url === `/api/requests/${request.id}/attachments`) return json(200, { items: [] });
    if (call.url === `/api/requests/${request.id}` && call.method === 'PATCH') return onPatch(call);
    if (call.url === `/api/requests/${request.id}`) return json(200, current);
    return json(404, anError(404, 'NOT_FOUND'));
  });
  const { queryClient } = renderWithProviders(<RequestDetailsPage />, {
    route: `/requests/${request.id}`,
    path: '/requests/:id',
  });
  return {
    patches: () => fetched.calls.filter((call) => call.method === 'PATCH'),
    historyReads: () => fetched.calls.filter((call) => call.url.endsWith('/history')).length,
    /** Somebody else's change, which the page fetches at once, as it would on focus. */
    changeMeanwhile: async (changed: ServiceRequest) => {
      current = changed;
      await queryClient.invalidateQueries({ queryKey: QueryKeys.requests.detail(request.id) });
    },
  };
}

async function openEditForm() {
  fireEvent.click(await screen.findByRole('button', { name: 'Edit request' }));
  const dialog = await screen.findByRole('dialog', { name: 'Edit request BGB-2026-00042' });
  const title = await within(dialog).findByLabelText(/^Title/);
  return { dialog, title: title as HTMLInputElement };
}

describe('editing a request while the secretariat waits for an answer', () => {
  beforeEach(() => setCookie(CSRF_COOKIE, 'csrf'));

  it.each<[string, User, ServiceRequest['status'], boolean]>([
    ['the researcher who made it, asked a question', researcher, 'awaiting_researcher', true],
    ['the researcher who made it, in triage', researcher, 'in_triage', false],
    ['the secretariat, waiting for the answer', secretariat, 'awaiting_researcher', false],
  ])('is offered to %s: %s', async (_who, user, status, offered) => {
    mockFetch((call) => (call.url === '/api/auth/me' ? json(200, user) : json(200, [])));
    const queryClient = testQueryClient();
    renderWithProviders(<ClarificationNotice request={awaitingAnswer({ status })} />, {
      queryClient,
    });

    // Whether to offer it is decided once the signed-in user is known.
    await waitFor(() => expect(queryClient.getQueryData(QueryKeys.currentUser())).toEqual(user));
    if (offered) {
      expect(
        await screen.findByRole('heading', { name: 'The secretariat has asked you a question' }),
      ).toBeTruthy();
      expect(screen.getByRole('button', { name: 'Edit request' })).toBeTruthy();
    } else {
      expect(screen.queryByRole('button', { name: 'Edit request' })).toBeNull();
      expect(screen.queryByRole('heading')).toBeNull();
    }
  });

  it('fills the form in with the request, sends only what changed with the version seen, and shows the new values', async () => {
    const request = awaitingAnswer();
    const page = openRequestPage(request, (call) =>
      json(200, { ...request, ...(call.body as object), version: 4 }),
    );

    const { dialog, title } = await openEditForm();
    expect(title.value).toBe('Circulating tumour DNA in colorectal cancer');
    expect(
      (within(dialog).getByLabelText(/^Principal investigator/) as HTMLInputElement).value,
    ).toBe('Prof. Ida Jensen');
    await waitFor(() => expect(document.activeElement).toBe(title));
    const historyReadsBefore = page.historyReads();

    fireEvent.change(title, { target: { value: '  ctDNA in colon and rectal cancer ' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save changes' }));

    // The form validates every field of the request, people and approvals included, first.
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull(), { timeout: 3000 });
    expect(page.patches().map((call) => call.body)).toEqual([
      { title: 'ctDNA in colon and rectal cancer', version: 3 },
    ]);
    expect(screen.getAllByText('ctDNA in colon and rectal cancer').length).toBeGreaterThan(0);
    expect(
      screen.getByText(
        'Your changes are saved and shown in the history. Remember to answer the secretariat.',
      ),
    ).toBeTruthy();
    await waitFor(() => expect(page.historyReads()).toBeGreaterThan(historyReadsBefore));
  });

  it('explains that somebody else changed the request, and reloads the form with their version', async () => {
    const request = awaitingAnswer();
    const page = openRequestPage(request, (call) =>
      (call.body as { version: number }).version === 3
        ? json(409, anError(409, 'VERSION_CONFLICT'))
        : json(200, { ...request, ...(call.body as object), version: 5 }),
    );

    const { dialog, title } = await openEditForm();
    await page.changeMeanwhile({ ...request, title: 'Changed in another window', version: 4 });
    // The page behind the dialog shows the newer version; the form keeps what it started from.
    expect(await screen.findByText('Changed in another window', { selector: 'dd' })).toBeTruthy();
    expect(title.value).toBe('Circulating tumour DNA in colorectal cancer');
    fireEvent.change(title, { target: { value: 'My title' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save changes' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toContain('Someone changed this request while you were editing it');
    expect(screen.getByRole('dialog')).toBe(dialog);

    expect(page.patches()[0]?.body).toEqual({ title: 'My title', version: 3 });

    fireEvent.click(within(alert).getByRole('button', { name: 'Reload the latest version' }));
    const refilled = (await within(dialog).findByDisplayValue(
      'Changed in another window',
    )) as HTMLInputElement;
    await waitFor(() => expect(document.activeElement).toBe(refilled));
    expect(within(dialog).queryByRole('alert')).toBeNull();

    fireEvent.change(refilled, { target: { value: 'My title after all' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(page.patches()).toHaveLength(2));
    expect(page.patches()[1]?.body).toEqual({ title: 'My title after all', version: 4 });
  });

  it('stays open to explain a save refused because the request was answered meanwhile', async () => {
    const request = awaitingAnswer();
    const page = openRequestPage(request, () => json(409, anError(409, 'TRANSITION_NOT_ALLOWED')));

    const { dialog, title } = await openEditForm();
    await page.changeMeanwhile({
      ...request,
      status: 'in_triage',
      version: 4,
      allowedActions: ['withdraw'],
    });
    fireEvent.change(title, { target: { value: 'Too late' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save changes' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toContain('This step is no longer possible');
    expect(within(alert).queryByRole('button')).toBeNull();
    expect(
      screen.queryByRole('heading', { name: 'The secretariat has asked you a question' }),
    ).toBeNull();
  });

  it('shows what the API refuses on the field it belongs to', async () => {
    const request = awaitingAnswer();
    openRequestPage(request, () =>
      json(
        422,
        anError(422, 'UNKNOWN_REFERENCE', [
          { field: 'biobankCodes.1', code: 'UNKNOWN_REFERENCE', message: 'No such biobank' },
        ]),
      ),
    );

    const { dialog } = await openEditForm();
    fireEvent.click(within(dialog).getByLabelText('Danish Reuma Biobank (DRB)'));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save changes' }));

    const group = within(dialog).getByRole('group', { name: /Biobanks/ });
    await waitFor(() =>
      expect(descriptionOf(group)).toContain('One of the chosen items no longer exists.'),
    );
    expect(within(dialog).queryByRole('alert')).toBeNull();
    expect(isInvalid(within(dialog).getByLabelText(/^Title/))).toBe(false);
  });

  it('says so, and sends nothing, when nothing was changed', async () => {
    const page = openRequestPage(awaitingAnswer(), () => json(500));

    const { dialog } = await openEditForm();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save changes' }));

    expect(
      (await within(dialog).findByText('You have not changed anything yet.')).closest(
        '[role="status"]',
      ),
    ).toBeTruthy();
    expect(page.patches()).toEqual([]);
  });
});
