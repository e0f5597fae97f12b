import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ChangePasswordBody } from '@bgb/contracts';
import { QueryKeys } from '../../../api/query-keys';
import { accountApi } from '../api/account.api';

/** The other sessions of the account end with it; this one stays signed in. */
export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ChangePasswordBody) => accountApi.changePassword(body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: QueryKeys.sessions() }),
  });
}
