import { PagedList } from '../../../components/PagedList';
import type { useListRequests } from '../hooks/use-list-requests';
import { RequestTable, type RequestColumn } from './RequestTable';

interface PagedRequestTableProps {
  list: ReturnType<typeof useListRequests>;
  columns: readonly RequestColumn[];
  label: string;
  emptyText: string;
  ownBiobankCodes?: readonly string[];
}

/** A request list a page at a time, as a table. */
export function PagedRequestTable({
  list,
  columns,
  label,
  emptyText,
  ownBiobankCodes,
}: PagedRequestTableProps) {
  return (
    <PagedList list={list} empty={emptyText}>
      {(items) => (
        <RequestTable
          items={items}
          columns={columns}
          label={label}
          ownBiobankCodes={ownBiobankCodes}
        />
      )}
    </PagedList>
  );
}
