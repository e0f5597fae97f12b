import { useQuery } from '@tanstack/react-query';
import { isApiError } from '../../../api/api-error';
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
    retry: (failureCount, error) => !(isApiError(error) && error.status < 500) && failureCount < 2,
  });
}
