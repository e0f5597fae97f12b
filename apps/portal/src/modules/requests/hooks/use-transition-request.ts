import { useMutation } from '@tanstack/react-query';
import type { RequestAction, ServiceRequest } from '@bgb/contracts';
import { requestsApi } from '../api/requests.api';
import { useRequestChanged } from './use-request-changed';

export interface TransitionInput {
  action: RequestAction;
  comment?: string;
}

/**
 * Takes one lifecycle step, sending the version the user saw. When somebody else got
 * there first (409), the request is fetched again so that the page shows what is true now.
 */
export function useTransitionRequest(request: ServiceRequest) {
  const changed = useRequestChanged(request.id);
  return useMutation({
    mutationFn: ({ action, comment }: TransitionInput) =>
      requestsApi.transition(request.id, {
        action,
        comment: comment || undefined,
        version: request.version,
      }),
    ...changed,
  });
}
