import { useQuery } from '@tanstack/react-query';
import { isApiError } from '../../../api/api-error';
import { QueryKeys } from '../../../api/query-keys';
import { requestsApi } from '../api/requests.api';

export function useGetRequest(id: string) {
  return useQuery({
    queryKey: QueryKeys.requests.detail(id),
    queryFn: ({ signal }) => requestsApi.get(id, signal),
    // A request that is not there (or not ours) will not appear by asking again.
    retry: (failureCount, error) => !(isApiError(error) && error.status < 500) && failureCount < 2,
  });
}
