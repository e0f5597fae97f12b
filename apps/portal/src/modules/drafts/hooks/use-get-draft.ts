import { useQuery } from '@tanstack/react-query';
import { QueryKeys } from '../../../api/query-keys';
import { draftsApi } from '../api/drafts.api';

export function useGetDraft(id: string | undefined) {
  return useQuery({
    queryKey: QueryKeys.drafts.detail(id ?? ''),
    queryFn: ({ signal }) => draftsApi.get(id!, signal),
    enabled: !!id,
    // The form holds the draft while it is open; a refetch must not replace what is being typed.
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
}
