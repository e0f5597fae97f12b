import type { AccountState } from '@bgb/contracts';
import { QueryKeys } from '../../../api/query-keys';
import { useCursorPages } from '../../../api/use-cursor-pages';
import { usersApi } from '../api/users.api';

/**
 * Users by name, a page at a time by cursor, narrowed by a search on name or e-mail; the
 * previous results stay on screen while a new search loads. `state` shows only active or
 * only deactivated accounts.
 */
export function useListUsers(search: string, state?: AccountState) {
  return useCursorPages({
    queryKey: QueryKeys.adminUsers.list(search, state),
    fetchPage: (cursor, signal) => usersApi.list({ search, state, cursor }, signal),
    keepPrevious: true,
  });
}
