import { fireEvent, screen, waitFor } from '@testing-library/react';
import { aRequest } from '../../../test/factories';
import { json, mockFetch } from '../../../test/fetch-mock';
import { renderWithProviders } from '../../../test/render';
import TriageQueuePage from './TriageQueuePage';

describe('the triage queue', () => {
  it('keeps the status filter in the address and asks the API for that status', async () => {
    const first = aRequest({ reference: 'BGB-2026-00002', status: 'submitted' });
    const { calls } = mockFetch((call) =>
      call.url.startsWith('/api/requests')
        ? json(200, { items: [first], nextCursor: null })
        : json(200, []),
    );
    const { router } = renderWithProviders(<TriageQueuePage />, {
      route: '/triage?status=submitted',
      path: '/triage',
    });

    expect(await screen.findByRole('link', { name: 'BGB-2026-00002' })).toBeTruthy();
    expect((screen.getByLabelText('Status') as HTMLSelectElement).value).toBe('submitted');
    expect(calls.some((call) => call.url === '/api/requests?status=submitted&limit=25')).toBe(true);

    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'in_triage' } });
    await waitFor(() => expect(router.state.location.search).toBe('?status=in_triage'));
    await waitFor(() =>
      expect(calls.some((call) => call.url === '/api/requests?status=in_triage&limit=25')).toBe(
        true,
      ),
    );
  });

  it('loads the next page by cursor', async () => {
    const { calls } = mockFetch((call) => {
      if (!call.url.startsWith('/api/requests')) return json(200, []);
      return call.url.includes('cursor=')
        ? json(200, { items: [aRequest({ reference: 'BGB-2026-00001' })], nextCursor: null })
        : json(200, {
            items: [aRequest({ reference: 'BGB-2026-00002' })],
            nextCursor: 'next-page',
          });
    });
    renderWithProviders(<TriageQueuePage />, { route: '/triage', path: '/triage' });

    fireEvent.click(await screen.findByRole('button', { name: 'Load more' }));

    expect(await screen.findByRole('link', { name: 'BGB-2026-00001' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'BGB-2026-00002' })).toBeTruthy();
    expect(calls.some((call) => call.url === '/api/requests?cursor=next-page&limit=25')).toBe(true);
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
  });
});
