import { useQuery } from '@tanstack/react-query';
import { QueryKeys } from '../../../api/query-keys';
import { routingRulesApi } from '../api/routing-rules.api';

export function useListRoutingRules() {
  return useQuery({
    queryKey: QueryKeys.routingRules(),
    queryFn: ({ signal }) => routingRulesApi.list(signal),
  });
}
