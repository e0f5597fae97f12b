import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { QueryKeys } from '../../../api/query-keys';
import { usersApi } from '../api/users.api';

/**
 * Users by name, a page at a time by cursor, narrowed by a search on name or e-mail. The
 * previous results stay on screen while a new search loads, so the table does not flicker.
 */
export function useListUsers(search: string) {
  const query = useInfiniteQuery({
    queryKey: QueryKeys.adminUsers.list(search),
    queryFn: ({ pageParam, signal }) => usersApi.list({ search, cursor: pageParam }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
    placeholderData: keepPreviousData,
  });
  return { ...query, items: query.data?.pages.flatMap((page) => page.items) };
}
