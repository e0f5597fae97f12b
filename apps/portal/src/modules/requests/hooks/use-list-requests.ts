import { useInfiniteQuery } from '@tanstack/react-query';
import type { RequestStatus } from '@bgb/contracts';
import { QueryKeys } from '../../../api/query-keys';
import { requestsApi } from '../api/requests.api';

/**
 * Requests the caller may see, newest first, a page at a time by cursor: a researcher's
 * own, or all of them for the secretariat (the API decides).
 */
export function useListRequests(filter: { status?: RequestStatus } = {}) {
  const query = useInfiniteQuery({
    queryKey: QueryKeys.requests.list(filter),
    queryFn: ({ pageParam, signal }) => requestsApi.list({ status: filter.status, cursor: pageParam }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });
  return { ...query, items: query.data?.pages.flatMap((page) => page.items) };
}
