import { useInfiniteQuery } from '@tanstack/react-query';
import { QueryKeys, type RequestListFilter } from '../../../api/query-keys';
import { requestsApi } from '../api/requests.api';

/**
 * Requests the caller may see, a page at a time by cursor: a researcher's own, those routed
 * to a coordinator's biobanks, or all of them for the secretariat (the API decides).
 */
export function useListRequests(filter: RequestListFilter = {}) {
  const query = useInfiniteQuery({
    queryKey: QueryKeys.requests.list(filter),
    queryFn: ({ pageParam, signal }) => requestsApi.list({ ...filter, cursor: pageParam }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });
  return { ...query, items: query.data?.pages.flatMap((page) => page.items) };
}
