import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RequestAction, ServiceRequest } from '@bgb/contracts';
import { isApiError } from '../../../api/api-error';
import { QueryKeys } from '../../../api/query-keys';
import { requestsApi } from '../api/requests.api';

export interface TransitionInput {
  action: RequestAction;
  comment?: string;
}

/**
 * Takes one lifecycle step, sending the version the user saw. When somebody else got
 * there first (409), the request is fetched again so that the page shows what is true now.
 */
export function useTransitionRequest(request: ServiceRequest) {
  const queryClient = useQueryClient();
  const detailKey = QueryKeys.requests.detail(request.id);
  return useMutation({
    mutationFn: ({ action, comment }: TransitionInput) =>
      requestsApi.transition(request.id, { action, comment: comment || undefined, version: request.version }),
    onSuccess: (updated) => {
      queryClient.setQueryData(detailKey, updated);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: QueryKeys.requests.lists() }),
        queryClient.invalidateQueries({ queryKey: QueryKeys.requests.history(request.id) }),
      ]);
    },
    onError: (error) => {
      if (isApiError(error) && error.status === 409) {
        return queryClient.invalidateQueries({ queryKey: QueryKeys.requests.all() });
      }
    },
  });
}
