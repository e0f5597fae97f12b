import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RegisterBody } from '@bgb/contracts';
import { authApi } from '../api/auth.api';
import { switchSessionUser } from './session-cache';

/** Registering also signs the new user in. */
export function useRegister() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RegisterBody) => authApi.register(body),
    onSuccess: (user) => switchSessionUser(queryClient, user),
  });
}
