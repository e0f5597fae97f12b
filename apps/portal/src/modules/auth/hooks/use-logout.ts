import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { authApi } from '../api/auth.api';
import { switchSessionUser } from './session-cache';

/**
 * Logs out and lands on the front page. The page is left before the user is forgotten:
 * the other way round, a protected page would first send the visitor to the login page.
 */
export function useLogout() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: () => authApi.logout(),
    onSuccess: async () => {
      await navigate('/', { replace: true, flushSync: true });
      switchSessionUser(queryClient, null);
    },
  });
}
