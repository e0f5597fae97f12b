import { useMutation } from '@tanstack/react-query';
import type { ChangePasswordBody } from '@bgb/contracts';
import { accountApi } from '../api/account.api';

/** The other sessions of the account end with it; this one stays signed in. */
export function useChangePassword() {
  return useMutation({ mutationFn: (body: ChangePasswordBody) => accountApi.changePassword(body) });
}
