import type { OutboxMailStatus } from '@bgb/contracts';
import { QueryKeys } from '../../../api/query-keys';
import { useCursorPages } from '../../../api/use-cursor-pages';
import { outboxApi } from '../api/outbox.api';

/** The outbox newest first, a page at a time by cursor, narrowed to one status or not. */
export function useListNotifications(status: OutboxMailStatus | undefined) {
  return useCursorPages({
    queryKey: QueryKeys.outbox.list(status),
    fetchPage: (cursor, signal) => outboxApi.list(status, cursor, signal),
    keepPrevious: true,
  });
}
