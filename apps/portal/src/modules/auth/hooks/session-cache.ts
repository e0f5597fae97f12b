import type { QueryClient } from '@tanstack/react-query';
import type { CurrentUser } from '@bgb/contracts';
import { QueryKeys } from '../../../api/query-keys';
import { authApi } from '../api/auth.api';

/** A different (or no) user: what the previous one could see must not linger in the cache. */
export function switchSessionUser(queryClient: QueryClient, user: CurrentUser | null): void {
  queryClient.removeQueries({ queryKey: QueryKeys.userScoped() });
  queryClient.setQueryData(QueryKeys.currentUser(), user);
}

/**
 * Somebody has just signed in: who they are, as `/auth/me` tells it — with their second-factor
 * state, which the login reply does not carry.
 */
export async function loadSignedInUser(queryClient: QueryClient): Promise<void> {
  switchSessionUser(queryClient, await authApi.me());
}
