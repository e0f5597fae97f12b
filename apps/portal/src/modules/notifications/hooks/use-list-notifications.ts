import { useInfiniteQuery } from '@tanstack/react-query';
import { QueryKeys } from '../../../api/query-keys';
import { notificationsApi } from '../api/notifications.api';

/** The caller's notifications, newest first, a page at a time by cursor. */
export function useListNotifications() {
  const query = useInfiniteQuery({
    queryKey: QueryKeys.notifications.list(),
    queryFn: ({ pageParam, signal }) => notificationsApi.list(pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });
  return { ...query, items: query.data?.pages.flatMap((page) => page.items) };
}
