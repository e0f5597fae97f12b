import { useQuery } from '@tanstack/react-query';
import { QueryKeys } from '../../../api/query-keys';
import { routingRulesApi } from '../api/routing-rules.api';

/** What the routing rules propose for a request in triage; any change to the request refetches it. */
export function useGetRoutingSuggestion(requestId: string, enabled = true) {
  return useQuery({
    queryKey: QueryKeys.requests.routingSuggestion(requestId),
    queryFn: ({ signal }) => routingRulesApi.suggestion(requestId, signal),
    enabled,
    // Rules change elsewhere; a dialog opened later must not show what they said before.
    staleTime: 0,
  });
}
