import { QueryKeys } from '../../../api/query-keys';
import { useCursorPages } from '../../../api/use-cursor-pages';
import { notificationsApi } from '../api/notifications.api';

/** The caller's notifications, newest first, a page at a time by cursor. */
export function useListNotifications() {
  return useCursorPages({
    queryKey: QueryKeys.notifications.list(),
    fetchPage: (cursor, signal) => notificationsApi.list(cursor, signal),
  });
}
