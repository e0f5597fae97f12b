import { Stack } from '@mantine/core';
import { PagedRequestTable } from '../../requests/components/PagedRequestTable';
import type { RequestColumn } from '../../requests/components/RequestTable';
import { useListRequests } from '../../requests/hooks/use-list-requests';
import { useQueueFilters } from '../hooks/use-queue-filters';
import { QueueFilters } from './QueueFilters';

interface RequestQueueProps {
  columns: readonly RequestColumn[];
  label: string;
  /** Shown when there are no requests at all; `filteredEmptyText` when filters hide them. */
  emptyText: string;
  filteredEmptyText: string;
  withCaseHandler?: boolean;
  ownBiobankCodes?: readonly string[];
}

/** A work queue: filters kept in the address, and the matching requests a page at a time. */
export function RequestQueue({
  columns,
  label,
  emptyText,
  filteredEmptyText,
  withCaseHandler,
  ownBiobankCodes,
}: RequestQueueProps) {
  const { filter, setFilter } = useQueueFilters();
  const list = useListRequests(filter);
  const filtered = Object.entries(filter).some(
    ([key, value]) => key !== 'sort' && value !== undefined,
  );

  return (
    <Stack gap="lg">
      <QueueFilters filter={filter} onChange={setFilter} withCaseHandler={withCaseHandler} />
      <div aria-busy={list.isFetching && !list.isFetchingNextPage}>
        <PagedRequestTable
          list={list}
          columns={columns}
          label={label}
          emptyText={filtered ? filteredEmptyText : emptyText}
          ownBiobankCodes={ownBiobankCodes}
        />
      </div>
    </Stack>
  );
}
