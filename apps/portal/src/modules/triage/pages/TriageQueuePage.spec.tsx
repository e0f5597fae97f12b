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

describe('the triage queue’s filters', () => {
  const handler = { id: '00000000-0000-4000-8000-0000000000aa', name: 'Søren Holm' };

  function showQueue(route: string) {
    const fetched = mockFetch((call) => {
      if (call.url.startsWith('/api/requests')) {
        return json(200, {
          items: [
            aRequest({
              reference: 'BGB-2026-00007',
              priority: 'high',
              assignee: handler,
              overdue: true,
            }),
          ],
          nextCursor: null,
        });
      }
      if (call.url === '/api/case-handlers') return json(200, [handler]);
      return json(200, []);
    });
    return { ...fetched, ...renderWithProviders(<TriageQueuePage />, { route, path: '/triage' }) };
  }

  it('reads every filter from a bookmarked address and asks the API for exactly those', async () => {
    const { calls } = showQueue(
      `/triage?status=in_triage&assignee=${handler.id}&priority=high&overdue=true&q=ctDNA&sort=priority`,
    );

    const row = (await screen.findByRole('link', { name: 'BGB-2026-00007' })).closest('tr')!;
    expect(row.textContent).toContain('High');
    expect(row.textContent).toContain('Søren Holm');
    expect(row.textContent).toContain('Overdue');
    expect((screen.getByLabelText('Priority') as HTMLSelectElement).value).toBe('high');
    expect((screen.getByLabelText('Sort by') as HTMLSelectElement).value).toBe('priority');
    expect((screen.getByLabelText('Only overdue') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('searchbox', { name: 'Search' }) as HTMLInputElement).value).toBe(
      'ctDNA',
    );
    await waitFor(() =>
      expect((screen.getByLabelText('Case handler') as HTMLSelectElement).value).toBe(handler.id),
    );
    expect(
      calls.some(
        (call) =>
          call.url ===
          `/api/requests?status=in_triage&assignee=${handler.id}&priority=high&overdue=true&q=ctDNA&sort=priority&limit=25`,
      ),
    ).toBe(true);
  });

  it('puts each change into the address, searching only when asked to', async () => {
    const { calls, router } = showQueue('/triage');
    await screen.findByRole('link', { name: 'BGB-2026-00007' });

    fireEvent.change(screen.getByLabelText('Case handler'), { target: { value: 'me' } });
    fireEvent.change(screen.getByLabelText('Priority'), { target: { value: 'urgent' } });
    fireEvent.click(screen.getByLabelText('Only overdue'));
    fireEvent.change(screen.getByLabelText('Sort by'), { target: { value: 'last_activity' } });
    const search = screen.getByRole('searchbox', { name: 'Search' });
    fireEvent.change(search, { target: { value: 'BGB-2026-00007' } });
    expect(router.state.location.search).not.toContain('q=');
    fireEvent.submit(search.closest('form')!);

    await waitFor(() =>
      expect(router.state.location.search).toBe(
        '?assignee=me&priority=urgent&overdue=true&sort=last_activity&q=BGB-2026-00007',
      ),
    );
    await waitFor(() =>
      expect(
        calls.some(
          (call) =>
            call.url ===
            '/api/requests?assignee=me&priority=urgent&overdue=true&q=BGB-2026-00007&sort=last_activity&limit=25',
        ),
      ).toBe(true),
    );

    fireEvent.click(screen.getByLabelText('Only overdue'));
    fireEvent.change(screen.getByLabelText('Sort by'), { target: { value: 'newest' } });
    await waitFor(() =>
      expect(router.state.location.search).toBe('?assignee=me&priority=urgent&q=BGB-2026-00007'),
    );
  });
});
