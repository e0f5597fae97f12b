import { useQuery } from '@tanstack/react-query';
import { isApiError } from '../../../api/api-error';
import { QueryKeys } from '../../../api/query-keys';
import { requestsApi } from '../api/requests.api';

/**
 * Every change and every message of a request that the caller may see, oldest first
 * (the API leaves out internal notes for a researcher).
 */
export function useGetRequestHistory(id: string) {
  return useQuery({
    queryKey: QueryKeys.requests.history(id),
    queryFn: ({ signal }) => requestsApi.history(id, signal),
    retry: (failureCount, error) => !(isApiError(error) && error.status < 500) && failureCount < 2,
  });
}
