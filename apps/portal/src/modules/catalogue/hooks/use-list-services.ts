import { useQuery } from '@tanstack/react-query';
import { QueryKeys } from '../../../api/query-keys';
import { catalogueApi } from '../api/catalogue.api';

/** Reference data: it changes rarely, so it is kept for the whole visit. */
export function useListServices() {
  return useQuery({
    queryKey: QueryKeys.services(),
    queryFn: ({ signal }) => catalogueApi.services(signal),
    staleTime: 30 * 60 * 1000,
  });
}
