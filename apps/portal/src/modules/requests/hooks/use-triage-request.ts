import { useMutation } from '@tanstack/react-query';
import type { Priority, ServiceRequest } from '@bgb/contracts';
import { requestsApi } from '../api/requests.api';
import { useRequestChanged } from './use-request-changed';

export interface TriageInput {
  assigneeId?: string | null;
  priority?: Priority;
}

/** Sets the case handler and/or the priority, sending the version the user saw. */
export function useTriageRequest(request: ServiceRequest) {
  const changed = useRequestChanged(request.id);
  return useMutation({
    mutationFn: (input: TriageInput) =>
      requestsApi.triage(request.id, { ...input, version: request.version }),
    ...changed,
  });
}
