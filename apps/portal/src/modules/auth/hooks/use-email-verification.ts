import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { VerifyEmailBody } from '@bgb/contracts';
import { QueryKeys } from '../../../api/query-keys';
import { authApi } from '../api/auth.api';

/** Opens the mailed link; whoever is signed in here learns at once that they may submit now. */
export function useVerifyEmail() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: VerifyEmailBody) => authApi.verifyEmail(body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: QueryKeys.currentUser() }),
  });
}

/** A new link to the signed-in user's address; refused with 429 when asked too often. */
export function useResendVerification() {
  return useMutation({ mutationFn: () => authApi.resendVerification() });
}
