import { useMutation, useQueryClient } from '@tanstack/react-query';
import { QueryKeys } from '../../../api/query-keys';
import { draftsApi } from '../api/drafts.api';

export function useSubmitDraft() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) => draftsApi.submit(id, version),
    onSuccess: (request) => {
      queryClient.setQueryData(QueryKeys.requests.detail(request.id), request);
      queryClient.removeQueries({ queryKey: QueryKeys.drafts.detail(request.id) });
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: QueryKeys.drafts.list() }),
        queryClient.invalidateQueries({ queryKey: QueryKeys.requests.lists() }),
      ]);
    },
  });
}
