import { screen } from '@testing-library/react';
import { anError, anEvent, aRequest, aService, aUser } from '../../../test/factories';
import { json, mockFetch } from '../../../test/fetch-mock';
import { renderWithProviders } from '../../../test/render';
import RequestDetailsPage from './RequestDetailsPage';

describe('the request page', () => {
  it('shows the reference, status and everything submitted', async () => {
    const service = aService();
    const request = aRequest({ serviceId: service.id, ethicsApprovalCaseNumber: 'H-21012345' });
    mockFetch((call) => {
      if (call.url === '/api/services') return json(200, [service]);
      if (call.url === '/api/biobanks') return json(200, []);
      if (call.url === '/api/auth/me') return json(200, aUser());
      if (call.url === `/api/requests/${request.id}/history`)
        return json(200, { items: [anEvent()] });
      return json(200, request);
    });
    renderWithProviders(<RequestDetailsPage />, {
      route: `/requests/${request.id}`,
      path: '/requests/:id',
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'BGB-2026-00042' })).toBeTruthy();
    expect(screen.getAllByText('Submitted').length).toBeGreaterThan(0);
    expect(await screen.findByText('Biomarker development support')).toBeTruthy();
    expect(screen.getByText('H-21012345')).toBeTruthy();
    expect(document.title).toBe('Request BGB-2026-00042 · BGB Service Portal');
  });

  it('ends with the history and a way to write to the other side', async () => {
    const request = aRequest();
    mockFetch((call) => {
      // Its researcher: anyone else with no part in it would have no way to write.
      if (call.url === '/api/auth/me') return json(200, aUser({ id: request.researcher.id }));
      if (call.url === `/api/requests/${request.id}/history`)
        return json(200, { items: [anEvent()] });
      if (call.url === `/api/requests/${request.id}`) return json(200, request);
      return json(200, []);
    });
    renderWithProviders(<RequestDetailsPage />, {
      route: `/requests/${request.id}`,
      path: '/requests/:id',
    });

    const headings = await screen.findAllByRole('heading', { level: 2 });
    expect(headings.map((heading) => heading.textContent)).toEqual([
      'What you can do',
      'Details',
      'Attachments',
      'History and messages',
    ]);
    expect(await screen.findByText('Submitted by Rikke Researcher')).toBeTruthy();
    expect(await screen.findByRole('textbox', { name: /Write a message/ })).toBeTruthy();
  });

  it('says plainly when there is no such request', async () => {
    mockFetch(() => json(404, anError(404, 'NOT_FOUND')));
    renderWithProviders(<RequestDetailsPage />, {
      route: '/requests/missing',
      path: '/requests/:id',
    });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Request not found' }),
    ).toBeTruthy();
  });
});
