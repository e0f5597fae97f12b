import { useQuery } from '@tanstack/react-query';
import { QueryKeys } from '../../../api/query-keys';
import { requestsApi } from '../api/requests.api';

export function useGetRequest(id: string) {
  return useQuery({
    queryKey: QueryKeys.requests.detail(id),
    queryFn: ({ signal }) => requestsApi.get(id, signal),
  });
}
