import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Routing } from '@bgb/contracts';
import { CSRF_COOKIE } from '../../../api/http-client';
import { QueryKeys } from '../../../api/query-keys';
import { i18n } from '../../../i18n/i18n';
import { descriptionOf } from '../../../test/dom';
import { aRequest } from '../../../test/factories';
import { json, mockFetch, setCookie } from '../../../test/fetch-mock';
import { renderWithProviders, testQueryClient } from '../../../test/render';
import { RoutingsSection } from './RoutingsSection';

function aRouting(overrides: Partial<Routing> = {}): Routing {
  return {
    biobankCode: 'DCB',
    status: 'pending',
    note: null,
    declineReason: null,
    allowedActions: [],
    updatedAt: '2026-03-04T10:00:00.000Z',
    ...overrides,
  };
}

describe('the biobanks of a request', () => {
  beforeEach(() => setCookie(CSRF_COOKIE, 'csrf'));

  it('shows each biobank’s status in words, the note and a decline reason', () => {
    mockFetch(() => json(200, []));
    renderWithProviders(
      <RoutingsSection
        request={aRequest({
          status: 'routed',
          routings: [
            aRouting({ note: 'Please hurry.' }),
            aRouting({ biobankCode: 'DRB', status: 'declined', declineReason: 'No such samples.' }),
          ],
        })}
      />,
    );

    const items = within(screen.getByRole('region', { name: 'Biobanks' })).getAllByRole('listitem');
    expect(items[0]?.textContent).toContain('Awaiting answer');
    expect(items[0]?.textContent).toContain('Please hurry.');
    expect(items[1]?.textContent).toContain('Declined');
    expect(items[1]?.textContent).toContain('No such samples.');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('offers a coordinator one button per step the API allows, in the current language', async () => {
    mockFetch(() => json(200, []));
    renderWithProviders(
      <RoutingsSection
        request={aRequest({
          status: 'routed',
          routings: [
            aRouting({ allowedActions: ['accept', 'decline'] }),
            aRouting({ biobankCode: 'DRB' }),
          ],
        })}
      />,
    );

    const dcb = within(screen.getAllByRole('listitem')[0]!);
    expect(dcb.getByRole('button', { name: 'Accept' })).toBeTruthy();
    expect(dcb.getByRole('button', { name: 'Decline' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Start work' })).toBeNull();
    expect(within(screen.getAllByRole('listitem')[1]!).queryByRole('button')).toBeNull();

    await i18n.changeLanguage('da');
    expect(await screen.findByRole('button', { name: 'Acceptér' })).toBeTruthy();
  });

  it('takes a step for the coordinator’s biobank, based on the version seen, and brings the history up to date', async () => {
    const request = aRequest({
      status: 'routed',
      version: 9,
      routings: [aRouting({ allowedActions: ['accept', 'decline'] })],
    });
    const { calls } = mockFetch((call) =>
      call.method === 'POST'
        ? json(200, {
            ...request,
            routings: [aRouting({ status: 'accepted', allowedActions: ['start'] })],
          })
        : json(200, []),
    );
    const queryClient = testQueryClient();
    const refetched = vi.spyOn(queryClient, 'invalidateQueries');
    renderWithProviders(<RoutingsSection request={request} />, { queryClient });

    fireEvent.click(screen.getByRole('button', { name: 'Accept' }));

    expect((await screen.findByRole('status')).textContent).toContain('DCB: Accepted.');
    expect(calls.find((call) => call.method === 'POST')).toMatchObject({
      url: `/api/requests/${request.id}/routings/DCB/transitions`,
      method: 'POST',
      body: { action: 'accept', version: 9 },
    });
    expect(refetched).toHaveBeenCalledWith({ queryKey: QueryKeys.requests.history(request.id) });
  });

  it('asks for a reason before declining', async () => {
    const request = aRequest({
      status: 'routed',
      routings: [aRouting({ allowedActions: ['accept', 'decline'] })],
    });
    const { calls: allCalls } = mockFetch((call) =>
      call.method === 'POST'
        ? json(200, {
            ...request,
            status: 'in_triage',
            routings: [aRouting({ status: 'declined' })],
          })
        : json(200, []),
    );
    const posts = () => allCalls.filter((call) => call.method === 'POST');
    renderWithProviders(<RoutingsSection request={request} />);

    fireEvent.click(screen.getByRole('button', { name: 'Decline' }));
    const dialog = await screen.findByRole('dialog', { name: 'Decline on behalf of DCB' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Decline' }));

    const reason = within(dialog).getByLabelText(/Reason for declining/);
    await waitFor(() => expect(descriptionOf(reason)).toContain('This field is required'));
    expect(posts()).toEqual([]);

    fireEvent.change(reason, { target: { value: 'We do not hold such samples.' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Decline' }));

    await waitFor(() => expect(posts()).toHaveLength(1));
    expect(posts()[0]?.body).toEqual({
      action: 'decline',
      comment: 'We do not hold such samples.',
      version: request.version,
    });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });
});
