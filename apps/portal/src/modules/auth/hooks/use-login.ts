import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { LoginBody } from '@bgb/contracts';
import { authApi } from '../api/auth.api';
import { switchSessionUser } from './session-cache';

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: LoginBody) => authApi.login(body),
    onSuccess: (user) => switchSessionUser(queryClient, user),
  });
}
