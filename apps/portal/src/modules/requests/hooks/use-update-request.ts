import { useMutation } from '@tanstack/react-query';
import type { EditRequestBody } from '@bgb/contracts';
import { requestsApi } from '../api/requests.api';
import { useRequestChanged } from './use-request-changed';

/**
 * Saves the researcher's edits. The caller sends the version the edits were based on, not
 * the latest one, so that a change made meanwhile is a conflict (409) rather than lost.
 */
export function useUpdateRequest(requestId: string) {
  const changed = useRequestChanged(requestId);
  return useMutation({
    mutationFn: (body: EditRequestBody) => requestsApi.update(requestId, body),
    ...changed,
  });
}
