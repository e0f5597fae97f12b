import { useMutation, useQueryClient } from '@tanstack/react-query';
import { QueryKeys } from '../../../api/query-keys';
import { draftsApi } from '../api/drafts.api';

export function useDeleteDraft() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => draftsApi.remove(id),
    onSettled: () => queryClient.invalidateQueries({ queryKey: QueryKeys.drafts.all() }),
  });
}
