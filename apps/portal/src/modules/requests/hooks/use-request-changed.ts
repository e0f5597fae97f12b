import { useQueryClient } from '@tanstack/react-query';
import type { ServiceRequest } from '@bgb/contracts';
import { isApiError } from '../../../api/api-error';
import { QueryKeys } from '../../../api/query-keys';

/**
 * What every change to a request does afterwards: show the new request at once and bring the
 * lists and the history up to date; after a conflict (409), fetch everything again.
 */
export function useRequestChanged(requestId: string) {
  const queryClient = useQueryClient();
  return {
    onSuccess: (updated: ServiceRequest) => {
      queryClient.setQueryData(QueryKeys.requests.detail(requestId), updated);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: QueryKeys.requests.lists() }),
        queryClient.invalidateQueries({ queryKey: QueryKeys.requests.history(requestId) }),
      ]);
    },
    onError: (error: unknown) => {
      if (isApiError(error) && error.status === 409) {
        return queryClient.invalidateQueries({ queryKey: QueryKeys.requests.all() });
      }
    },
  };
}
