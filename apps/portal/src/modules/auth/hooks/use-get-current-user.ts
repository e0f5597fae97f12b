import { useQuery } from '@tanstack/react-query';
import type { CurrentUser } from '@bgb/contracts';
import { isApiError } from '../../../api/api-error';
import { QueryKeys } from '../../../api/query-keys';
import { authApi } from '../api/auth.api';

/** The signed-in user, or null when nobody is (a 401 is an answer here, not an error). */
export function useGetCurrentUser() {
  return useQuery<CurrentUser | null>({
    queryKey: QueryKeys.currentUser(),
    queryFn: async ({ signal }) => {
      try {
        return await authApi.me(signal);
      } catch (error) {
        if (isApiError(error) && error.status === 401) return null;
        throw error;
      }
    },
    staleTime: 5 * 60 * 1000,
  });
}
