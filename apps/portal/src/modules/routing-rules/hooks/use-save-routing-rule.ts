import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateRoutingRuleBody, RoutingRule } from '@bgb/contracts';
import { QueryKeys } from '../../../api/query-keys';
import { routingRulesApi } from '../api/routing-rules.api';

/**
 * Creates a rule, or replaces the one being edited based on the version the administrator
 * saw. The rule list is fetched again either way — after a conflict too, so the newer
 * version is what the administrator sees next.
 */
export function useSaveRoutingRule(editing: RoutingRule | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateRoutingRuleBody) =>
      editing
        ? routingRulesApi.update(editing.id, { ...body, version: editing.version })
        : routingRulesApi.create(body),
    onSettled: () => queryClient.invalidateQueries({ queryKey: QueryKeys.routingRules() }),
  });
}
