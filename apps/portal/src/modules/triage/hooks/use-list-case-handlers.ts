import { useQuery } from '@tanstack/react-query';
import { QueryKeys } from '../../../api/query-keys';
import { requestsApi } from '../../requests/api/requests.api';

/** The secretariat's members, to whom a request can be assigned. */
export function useListCaseHandlers(enabled = true) {
  return useQuery({
    queryKey: QueryKeys.caseHandlers(),
    queryFn: ({ signal }) => requestsApi.caseHandlers(signal),
    staleTime: 5 * 60 * 1000,
    enabled,
  });
}
