import { useMutation, useQueryClient } from '@tanstack/react-query';
import { QueryKeys } from '../../../api/query-keys';
import { notificationsApi } from '../api/notifications.api';

/** Marks one notification read, or all of them (`id` null); the list and the bell follow. */
export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string | null) =>
      id ? notificationsApi.markRead(id) : notificationsApi.markAllRead(),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: QueryKeys.notifications.list() }),
        queryClient.invalidateQueries({ queryKey: QueryKeys.notifications.unreadCount() }),
      ]),
  });
}
