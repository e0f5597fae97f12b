import type { QueryClient } from '@tanstack/react-query';
import type { User } from '@bgb/contracts';
import { QueryKeys, USER_SCOPED_ROOTS } from '../../../api/query-keys';

/** A different (or no) user: what the previous one could see must not linger in the cache. */
export function switchSessionUser(queryClient: QueryClient, user: User | null): void {
  queryClient.removeQueries({
    predicate: (query) => USER_SCOPED_ROOTS.includes(String(query.queryKey[0])),
  });
  queryClient.setQueryData(QueryKeys.currentUser(), user);
}
