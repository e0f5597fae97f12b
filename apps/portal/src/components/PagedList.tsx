import { Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { ErrorAlert } from './ErrorAlert';
import { LoadMoreButton } from './LoadMoreButton';
import { QueryBoundary } from './QueryBoundary';

/** What a paged list needs of an infinite query whose pages were joined into `items`. */
export interface PagedQuery<T> {
  items: T[] | undefined;
  error: unknown;
  refetch: () => unknown;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => unknown;
}

interface PagedListProps<T> {
  list: PagedQuery<T>;
  /** Shown when there are no items at all. */
  empty: string;
  children: (items: T[]) => ReactNode;
}

/**
 * A list fetched a page at a time: the query's states, the items, and "load more" while
 * there are more. A next page that fails leaves the items shown and says so under them.
 */
export function PagedList<T>({ list, empty, children }: PagedListProps<T>) {
  return (
    <QueryBoundary
      query={{ data: list.items, error: list.error, refetch: list.refetch }}
      empty={empty}
    >
      {(items) => (
        <Stack gap="sm">
          {children(items)}
          {list.error ? <ErrorAlert error={list.error} /> : null}
          <LoadMoreButton
            hasMore={list.hasNextPage}
            loading={list.isFetchingNextPage}
            onLoadMore={() => void list.fetchNextPage()}
          />
        </Stack>
      )}
    </QueryBoundary>
  );
}
