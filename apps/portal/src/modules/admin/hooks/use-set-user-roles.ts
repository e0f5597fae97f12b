import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SetUserRolesBody, User } from '@bgb/contracts';
import { QueryKeys } from '../../../api/query-keys';
import { usersApi } from '../api/users.api';

/**
 * Replaces a user's roles and coordinator biobanks. The user list is fetched again; when
 * admins change their own roles, so is their session's user, and with it the menu.
 */
export function useSetUserRoles() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: SetUserRolesBody }) =>
      usersApi.setRoles(id, body),
    onSuccess: (updated) => {
      const me = queryClient.getQueryData<User | null>(QueryKeys.currentUser());
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: QueryKeys.adminUsers.all() }),
        me?.id === updated.id
          ? queryClient.invalidateQueries({ queryKey: QueryKeys.currentUser() })
          : undefined,
      ]);
    },
  });
}
