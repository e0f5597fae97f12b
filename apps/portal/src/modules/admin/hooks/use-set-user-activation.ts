import { useMutation, useQueryClient } from '@tanstack/react-query';
import { QueryKeys } from '../../../api/query-keys';
import { usersApi } from '../api/users.api';

/** Deactivates or reactivates an account; the user list is fetched again to show its state. */
export function useSetUserActivation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, action }: { id: string; action: 'deactivate' | 'reactivate' }) =>
      usersApi.setActivation(id, action),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: QueryKeys.adminUsers.all() }),
  });
}
