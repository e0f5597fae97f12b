import { Paper, Text } from '@mantine/core';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { LoadMoreButton } from '../../../components/LoadMoreButton';
import { LoadingState } from '../../../components/LoadingState';
import type { useListRequests } from '../hooks/use-list-requests';
import { RequestTable, type RequestColumn } from './RequestTable';

interface PagedRequestTableProps {
  list: ReturnType<typeof useListRequests>;
  columns: readonly RequestColumn[];
  label: string;
  emptyText: string;
  ownBiobankCodes?: readonly string[];
}

/** A request list a page at a time: loading, error, empty and "load more" in one place. */
export function PagedRequestTable({
  list,
  columns,
  label,
  emptyText,
  ownBiobankCodes,
}: PagedRequestTableProps) {
  const { items, error, refetch, hasNextPage, fetchNextPage, isFetchingNextPage } = list;
  if (error && !items) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!items) return <LoadingState />;
  if (items.length === 0) {
    return (
      <Paper withBorder p="xl">
        <Text>{emptyText}</Text>
      </Paper>
    );
  }
  return (
    <>
      <RequestTable
        items={items}
        columns={columns}
        label={label}
        ownBiobankCodes={ownBiobankCodes}
      />
      {error && <ErrorAlert error={error} />}
      <LoadMoreButton
        hasMore={hasNextPage}
        loading={isFetchingNextPage}
        onLoadMore={() => void fetchNextPage()}
      />
    </>
  );
}
