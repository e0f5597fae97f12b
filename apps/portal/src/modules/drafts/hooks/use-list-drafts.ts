import { useQuery } from '@tanstack/react-query';
import { QueryKeys } from '../../../api/query-keys';
import { draftsApi } from '../api/drafts.api';

export function useListDrafts() {
  return useQuery({
    queryKey: QueryKeys.drafts.list(),
    queryFn: ({ signal }) => draftsApi.list(signal),
  });
}
