import { type AuditFilter, QueryKeys } from '../../../api/query-keys';
import { useCursorPages } from '../../../api/use-cursor-pages';
import { auditApi } from '../api/audit.api';

/** The audit trail newest first, a page at a time by cursor, with the page's filters. */
export function useListAuditEvents(filter: AuditFilter) {
  return useCursorPages({
    queryKey: QueryKeys.audit.list(filter),
    fetchPage: (cursor, signal) => auditApi.list(filter, cursor, signal),
    keepPrevious: true,
  });
}
