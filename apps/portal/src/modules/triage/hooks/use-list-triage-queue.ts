import type { RequestStatus } from '@bgb/contracts';
import { useListRequests } from '../../requests/hooks/use-list-requests';

/** The secretariat's queue: the same request list, which the API gives them in full. */
export function useListTriageQueue(status: RequestStatus | undefined) {
  return useListRequests({ status });
}
