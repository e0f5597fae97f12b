import { useMutation, useQueryClient } from '@tanstack/react-query';
import { QueryKeys } from '../../../api/query-keys';
import { attachmentsApi } from '../api/attachments.api';

export function useDeleteAttachment(requestId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => attachmentsApi.remove(id),
    onSettled: () =>
      queryClient.invalidateQueries({ queryKey: QueryKeys.attachments.list(requestId) }),
  });
}
