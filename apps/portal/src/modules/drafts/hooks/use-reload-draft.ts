import { useMutation, useQueryClient } from '@tanstack/react-query';
import { QueryKeys } from '../../../api/query-keys';
import { draftsApi } from '../api/drafts.api';

/**
 * Fetches the latest version of a draft on request (after a conflict), and caches it. A
 * mutation rather than a refetch: the open form must not follow the cache by itself.
 */
export function useReloadDraft() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => draftsApi.get(id),
    onSuccess: (draft) => queryClient.setQueryData(QueryKeys.drafts.detail(draft.id), draft),
  });
}
