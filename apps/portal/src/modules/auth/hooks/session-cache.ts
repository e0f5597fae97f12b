import type { QueryClient } from '@tanstack/react-query';
import type { User } from '@bgb/contracts';
import { QueryKeys } from '../../../api/query-keys';

/** A different (or no) user: what the previous one could see must not linger in the cache. */
export function switchSessionUser(queryClient: QueryClient, user: User | null): void {
  queryClient.removeQueries({ queryKey: QueryKeys.userScoped() });
  queryClient.setQueryData(QueryKeys.currentUser(), user);
}
