import { useMutation, useQueryClient } from '@tanstack/react-query';
import { QueryKeys } from '../../../api/query-keys';
import { routingRulesApi } from '../api/routing-rules.api';

export function useDeleteRoutingRule() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => routingRulesApi.remove(id),
    onSettled: () => queryClient.invalidateQueries({ queryKey: QueryKeys.routingRules() }),
  });
}
