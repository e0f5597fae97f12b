import { QueryKeys, type RequestListFilter } from '../../../api/query-keys';
import { useCursorPages } from '../../../api/use-cursor-pages';
import { requestsApi } from '../api/requests.api';

/**
 * Requests the caller may see, a page at a time by cursor: a researcher's own, those routed
 * to a coordinator's biobanks, or all of them for the secretariat (the API decides).
 */
export function useListRequests(filter: RequestListFilter = {}) {
  return useCursorPages({
    queryKey: QueryKeys.requests.list(filter),
    fetchPage: (cursor, signal) => requestsApi.list({ ...filter, cursor }, signal),
  });
}
