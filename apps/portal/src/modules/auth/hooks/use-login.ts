import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { LoginBody } from '@bgb/contracts';
import { authApi } from '../api/auth.api';
import { loadSignedInUser } from './session-cache';

/** Resolves to whether the login still waits for a second-factor code. */
export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: LoginBody) => {
      const reply = await authApi.login(body);
      if ('mfaRequired' in reply) return { mfaRequired: true };
      await loadSignedInUser(queryClient);
      return { mfaRequired: false };
    },
  });
}
