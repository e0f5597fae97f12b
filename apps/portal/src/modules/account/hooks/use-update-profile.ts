import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CurrentUser, UpdateProfileBody } from '@bgb/contracts';
import { QueryKeys } from '../../../api/query-keys';
import { accountApi } from '../api/account.api';

/**
 * Name and institution change at once. A new address is only asked for: the reply keeps the
 * old one until the link mailed to the new one is opened.
 */
export function useUpdateProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateProfileBody) => accountApi.updateProfile(body),
    // A reply that lands after logging out (or in as somebody else) must not sign the user back in.
    onSuccess: (updated) =>
      queryClient.setQueryData<CurrentUser | null>(QueryKeys.currentUser(), (current) =>
        current?.id === updated.id ? updated : current,
      ),
  });
}
