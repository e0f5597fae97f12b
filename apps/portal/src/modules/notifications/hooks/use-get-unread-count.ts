import { useQuery } from '@tanstack/react-query';
import { QueryKeys } from '../../../api/query-keys';
import { notificationsApi } from '../api/notifications.api';

/** How often the bell asks; new notifications show up within this time without a reload. */
const UNREAD_POLL_MS = 30_000;

export function useGetUnreadCount(enabled: boolean) {
  return useQuery({
    queryKey: QueryKeys.notifications.unreadCount(),
    queryFn: ({ signal }) => notificationsApi.unreadCount(signal),
    enabled,
    refetchInterval: UNREAD_POLL_MS,
  });
}
