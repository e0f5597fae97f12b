import { useQuery } from '@tanstack/react-query';
import { QueryKeys } from '../../../api/query-keys';
import { catalogueApi } from '../api/catalogue.api';

/** Reference data: it changes rarely, so it is kept for the whole visit. */
export function useListBiobanks() {
  return useQuery({
    queryKey: QueryKeys.biobanks(),
    queryFn: ({ signal }) => catalogueApi.biobanks(signal),
    staleTime: 30 * 60 * 1000,
  });
}
