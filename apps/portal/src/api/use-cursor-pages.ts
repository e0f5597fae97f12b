import { keepPreviousData, type QueryKey, useInfiniteQuery } from '@tanstack/react-query';

/** One page of a list the API hands out by cursor. */
interface CursorPage<T> {
  items: T[];
  nextCursor: string | null;
}

interface CursorPagesOptions<T> {
  queryKey: QueryKey;
  fetchPage: (cursor: string | null, signal: AbortSignal) => Promise<CursorPage<T>>;
  /** The previous results stay on screen while a new filter loads, so the list does not flicker. */
  keepPrevious?: boolean;
}

/** A list a page at a time by cursor, its pages joined into `items` for the paged list. */
export function useCursorPages<T>({ queryKey, fetchPage, keepPrevious }: CursorPagesOptions<T>) {
  const query = useInfiniteQuery({
    queryKey,
    queryFn: ({ pageParam, signal }) => fetchPage(pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
    placeholderData: keepPrevious ? keepPreviousData : undefined,
  });
  return { ...query, items: query.data?.pages.flatMap((page) => page.items) };
}
