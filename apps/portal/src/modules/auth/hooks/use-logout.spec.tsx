import { fireEvent, screen, waitFor } from '@testing-library/react';
import { QueryKeys } from '../../../api/query-keys';
import { aBiobank, anAttachment, aRequest, aUser } from '../../../test/factories';
import { json, mockFetch } from '../../../test/fetch-mock';
import { renderWithProviders, testQueryClient } from '../../../test/render';
import { useLogout } from './use-logout';

function LogoutButton() {
  const logout = useLogout();
  return (
    <button type="button" onClick={() => logout.mutate()}>
      Log out
    </button>
  );
}

describe('logging out', () => {
  it('forgets everything the user could see, the files of their requests included', async () => {
    mockFetch((call) =>
      call.url === '/api/auth/csrf' ? json(200, { token: 'token' }) : json(204),
    );
    const queryClient = testQueryClient();
    const request = aRequest();
    queryClient.setQueryData(QueryKeys.currentUser(), aUser());
    queryClient.setQueryData(QueryKeys.requests.detail(request.id), request);
    queryClient.setQueryData(QueryKeys.attachments.list(request.id), {
      items: [anAttachment({ requestId: request.id })],
    });
    queryClient.setQueryData(QueryKeys.notifications.unreadCount(), { count: 3 });
    queryClient.setQueryData(QueryKeys.biobanks(), [aBiobank('DCB', 'Danish Cancer Biobank')]);

    renderWithProviders(<LogoutButton />, {
      route: '/requests',
      path: '/requests',
      extraRoutes: [{ path: '/', element: <p>front page</p> }],
      queryClient,
    });
    fireEvent.click(screen.getByRole('button', { name: 'Log out' }));

    await waitFor(() => expect(queryClient.getQueryData(QueryKeys.currentUser())).toBeNull());
    expect(queryClient.getQueryData(QueryKeys.attachments.list(request.id))).toBeUndefined();
    expect(queryClient.getQueryData(QueryKeys.requests.detail(request.id))).toBeUndefined();
    expect(queryClient.getQueryData(QueryKeys.notifications.unreadCount())).toBeUndefined();
    expect(queryClient.getQueryCache().findAll({ queryKey: QueryKeys.userScoped() })).toEqual([]);
    // The public catalogue is the same for everybody: it stays.
    expect(queryClient.getQueryData(QueryKeys.biobanks())).toHaveLength(1);
    expect(await screen.findByText('front page')).toBeTruthy();
  });
});
