import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AcceptInvitationBody } from '@bgb/contracts';
import { QueryKeys } from '../../../api/query-keys';
import { authApi } from '../api/auth.api';
import { loadSignedInUser } from './session-cache';

/** What the invitation offers; an invalid link fails with 400 `INVALID_TOKEN` (a 4xx is not retried). */
export function useGetInvitation(token: string) {
  return useQuery({
    queryKey: QueryKeys.invitations.preview(token),
    queryFn: ({ signal }) => authApi.invitation(token, signal),
    enabled: token !== '',
  });
}

/** Accepting creates the account and signs it in, as registering does. */
export function useAcceptInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AcceptInvitationBody) => authApi.acceptInvitation(body),
    // Who they are as /auth/me says it: an invited role may have to set up a second factor first.
    onSuccess: () => loadSignedInUser(queryClient),
  });
}
