import { useMutation } from '@tanstack/react-query';
import type { RoutingAction, ServiceRequest } from '@bgb/contracts';
import { requestsApi } from '../api/requests.api';
import { useRequestChanged } from './use-request-changed';

export interface RoutingTransitionInput {
  biobankCode: string;
  action: RoutingAction;
  comment?: string;
}

/** A biobank coordinator's step on their biobank's part of the request, based on the version they saw. */
export function useTransitionRouting(request: ServiceRequest) {
  const changed = useRequestChanged(request.id);
  return useMutation({
    mutationFn: ({ biobankCode, action, comment }: RoutingTransitionInput) =>
      requestsApi.transitionRouting(request.id, biobankCode, {
        action,
        comment: comment || undefined,
        version: request.version,
      }),
    ...changed,
  });
}
