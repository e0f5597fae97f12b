import type { OutboxMailStatus } from '@bgb/contracts';
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { QueryKeys } from '../../../api/query-keys';
import { outboxApi } from '../api/outbox.api';

/** The outbox newest first, a page at a time by cursor, narrowed to one status or not. */
export function useListNotifications(status: OutboxMailStatus | undefined) {
  const query = useInfiniteQuery({
    queryKey: QueryKeys.outbox.list(status),
    queryFn: ({ pageParam, signal }) => outboxApi.list(status, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
    placeholderData: keepPreviousData,
  });
  return { ...query, items: query.data?.pages.flatMap((page) => page.items) };
}
