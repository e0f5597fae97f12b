import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { CSRF_COOKIE } from '../../../api/http-client';
import { QueryKeys } from '../../../api/query-keys';
import { i18n } from '../../../i18n/i18n';
import { descriptionOf } from '../../../test/dom';
import { anError, aRequest } from '../../../test/factories';
import { json, mockFetch, setCookie } from '../../../test/fetch-mock';
import { renderWithProviders, testQueryClient } from '../../../test/render';
import { RequestActions } from './RequestActions';

describe('the actions on a request', () => {
  beforeEach(() => setCookie(CSRF_COOKIE, 'csrf'));

  it('offers one button per step the API allows, named in the current language', async () => {
    const request = aRequest({ allowedActions: ['start_triage', 'reject'] });
    renderWithProviders(<RequestActions request={request} />);

    expect(screen.getByRole('button', { name: 'Start triage' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Reject' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Withdraw' })).toBeNull();

    await i18n.changeLanguage('da');
    expect(await screen.findByRole('button', { name: 'Start visitering' })).toBeTruthy();
  });

  it('says so when there is nothing to do', () => {
    renderWithProviders(<RequestActions request={aRequest({ allowedActions: [] })} />);
    expect(
      screen.getByText('There is nothing for you to do on this request right now.'),
    ).toBeTruthy();
  });

  it('starts triage at once, sending the version the user saw, and brings the history up to date', async () => {
    const request = aRequest({ version: 3, allowedActions: ['start_triage', 'reject'] });
    const { calls } = mockFetch(() =>
      json(200, { ...request, status: 'in_triage', version: 4, allowedActions: [] }),
    );
    const queryClient = testQueryClient();
    const refetched = vi.spyOn(queryClient, 'invalidateQueries');
    renderWithProviders(<RequestActions request={request} />, { queryClient });

    fireEvent.click(screen.getByRole('button', { name: 'Start triage' }));

    expect((await screen.findByRole('status')).textContent).toContain(
      'The request is now: In triage.',
    );
    expect(refetched).toHaveBeenCalledWith({ queryKey: QueryKeys.requests.history(request.id) });
    expect(calls[0]).toMatchObject({
      url: `/api/requests/${request.id}/transitions`,
      method: 'POST',
      body: { action: 'start_triage', version: 3 },
    });
  });

  it('asks for the required comment before rejecting', async () => {
    const request = aRequest({ allowedActions: ['reject'] });
    const { calls } = mockFetch(() =>
      json(200, { ...request, status: 'rejected', version: 2, allowedActions: [] }),
    );
    renderWithProviders(<RequestActions request={request} />);

    fireEvent.click(screen.getByRole('button', { name: 'Reject' }));
    const dialog = await screen.findByRole('dialog', { name: 'Reject' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Reject' }));

    const comment = within(dialog).getByLabelText(/Reason for the rejection/);
    await waitFor(() => expect(descriptionOf(comment)).toContain('This field is required'));
    expect(calls).toEqual([]);

    fireEvent.change(comment, { target: { value: 'Outside our scope.' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Reject' }));

    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]?.body).toEqual({ action: 'reject', comment: 'Outside our scope.', version: 1 });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('explains a conflict and fetches the request again', async () => {
    const request = aRequest({ allowedActions: ['withdraw'] });
    const { calls } = mockFetch((call) =>
      call.method === 'POST'
        ? json(409, anError(409, 'VERSION_CONFLICT'))
        : json(200, { ...request, status: 'in_triage', version: 2 }),
    );
    const queryClient = testQueryClient();
    queryClient.setQueryData(QueryKeys.requests.detail(request.id), request);
    const refetched = vi.spyOn(queryClient, 'invalidateQueries');
    renderWithProviders(<RequestActions request={request} />, { queryClient });

    fireEvent.click(screen.getByRole('button', { name: 'Withdraw' }));
    const dialog = await screen.findByRole('dialog', { name: 'Withdraw' });
    expect(dialog.textContent).toContain('Do you want to withdraw request BGB-2026-00042?');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Withdraw' }));

    expect((await screen.findByRole('alert')).textContent).toContain(
      'Someone else changed this request',
    );
    expect(refetched).toHaveBeenCalledWith({ queryKey: QueryKeys.requests.all() });
    expect(calls[0]?.body).toEqual({ action: 'withdraw', version: 1 });
  });
});
