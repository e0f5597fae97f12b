import { useMutation } from '@tanstack/react-query';
import type { ServiceRequest } from '@bgb/contracts';
import { requestsApi } from '../api/requests.api';
import { useRequestChanged } from './use-request-changed';

export interface RouteInput {
  biobankCodes: string[];
  note?: string;
}

/** Hands the request to biobanks, sending the version the user saw. */
export function useRouteRequest(request: ServiceRequest) {
  const changed = useRequestChanged(request.id);
  return useMutation({
    mutationFn: ({ biobankCodes, note }: RouteInput) =>
      requestsApi.route(request.id, {
        biobankCodes,
        note: note || undefined,
        version: request.version,
      }),
    ...changed,
  });
}
