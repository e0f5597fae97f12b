import { useMutation, useQueryClient } from '@tanstack/react-query';
import { QueryKeys } from '../../../api/query-keys';
import { draftsApi } from '../api/drafts.api';

/** Starts a new draft with the content of an earlier request (or draft) of the researcher's. */
export function useCopyAsDraft() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (requestId: string) => draftsApi.create({ copyOf: requestId }),
    onSuccess: (draft) => {
      queryClient.setQueryData(QueryKeys.drafts.detail(draft.id), draft);
      return queryClient.invalidateQueries({ queryKey: QueryKeys.drafts.list() });
    },
  });
}
