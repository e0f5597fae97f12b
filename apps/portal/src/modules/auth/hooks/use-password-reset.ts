import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PasswordResetBody, PasswordResetConfirmBody } from '@bgb/contracts';
import { QueryKeys } from '../../../api/query-keys';
import { authApi } from '../api/auth.api';

/** Asks for a reset link; the answer is the same whether or not the address has an account. */
export function useRequestPasswordReset() {
  return useMutation({
    mutationFn: (body: PasswordResetBody) => authApi.requestPasswordReset(body),
  });
}

/**
 * Sets the new password. Every session of that account ends with it, this browser's too when
 * it was signed in as them: who is signed in is asked again before the login page opens.
 */
export function useConfirmPasswordReset() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PasswordResetConfirmBody) => authApi.confirmPasswordReset(body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: QueryKeys.currentUser() }),
  });
}
