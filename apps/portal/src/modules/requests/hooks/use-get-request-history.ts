import { useQuery } from '@tanstack/react-query';
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
  });
}
