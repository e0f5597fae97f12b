import { screen } from '@testing-library/react';
import { aRequest, aUser } from '../../../test/factories';
import { json, mockFetch } from '../../../test/fetch-mock';
import { renderWithProviders } from '../../../test/render';
import BiobankQueuePage from './BiobankQueuePage';

const updatedAt = '2026-03-04T10:00:00.000Z';
const routing = { note: null, declineReason: null, allowedActions: [], updatedAt };

describe('the biobank queue', () => {
  it('shows, for each request, its status at the coordinator’s own biobank only', async () => {
    const coordinator = aUser({ roles: ['coordinator'], biobankCodes: ['DCB'] });
    const request = aRequest({
      reference: 'BGB-2026-00011',
      status: 'in_progress',
      routings: [
        { ...routing, biobankCode: 'DCB', status: 'accepted' },
        { ...routing, biobankCode: 'DRB', status: 'in_progress' },
      ],
    });
    const { calls } = mockFetch((call) => {
      if (call.url === '/api/auth/me') return json(200, coordinator);
      if (call.url.startsWith('/api/requests'))
        return json(200, { items: [request], nextCursor: null });
      return json(200, []);
    });
    renderWithProviders(<BiobankQueuePage />, {
      route: '/biobank-queue?biobank=DCB',
      path: '/biobank-queue',
    });

    const table = await screen.findByRole('table', { name: 'Biobank queue' });
    expect(await screen.findByText('DCB: Accepted')).toBeTruthy();
    expect(table.textContent).not.toContain('DRB');
    expect(screen.queryByLabelText('Case handler')).toBeNull();
    expect(calls.some((call) => call.url === '/api/requests?biobank=DCB&limit=25')).toBe(true);
    expect(calls.some((call) => call.url === '/api/case-handlers')).toBe(false);
  });
});
