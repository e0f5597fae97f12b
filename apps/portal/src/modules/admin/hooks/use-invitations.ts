import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InviteUserBody } from '@bgb/contracts';
import { QueryKeys } from '../../../api/query-keys';
import { invitationsApi } from '../api/invitations.api';

/** The invitations nobody has accepted yet. */
export function useListInvitations() {
  return useQuery({
    queryKey: QueryKeys.invitations.pending(),
    queryFn: ({ signal }) => invitationsApi.pending(signal),
  });
}

export function useInviteUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: InviteUserBody) => invitationsApi.invite(body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: QueryKeys.invitations.pending() }),
  });
}

export function useRevokeInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => invitationsApi.revoke(id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: QueryKeys.invitations.pending() }),
  });
}
