import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RegisterBody } from '@bgb/contracts';
import { authApi } from '../api/auth.api';
import { loadSignedInUser } from './session-cache';

/** Registering also signs the new user in. */
export function useRegister() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: RegisterBody) => {
      await authApi.register(body);
      await loadSignedInUser(queryClient);
    },
  });
}
