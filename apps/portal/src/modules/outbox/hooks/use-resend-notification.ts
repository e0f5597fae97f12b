import { useMutation, useQueryClient } from '@tanstack/react-query';
import { QueryKeys } from '../../../api/query-keys';
import { outboxApi } from '../api/outbox.api';

/** Puts a failed mail back in the outbox; every outbox list is fetched again, as it moved between them. */
export function useResendNotification() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => outboxApi.resend(id),
    onSettled: () => queryClient.invalidateQueries({ queryKey: QueryKeys.outbox.all() }),
  });
}
