import {
  RoutingRule,
  RoutingRuleList,
  RoutingSuggestion,
  type CreateRoutingRuleBody,
  type UpdateRoutingRuleBody,
} from '@bgb/contracts';
import { apiRequest } from '../../../api/http-client';

const path = (id: string) => `/admin/routing-rules/${encodeURIComponent(id)}`;

export const routingRulesApi = {
  list: (signal?: AbortSignal) =>
    apiRequest('/admin/routing-rules', { schema: RoutingRuleList, signal }),
  create: (body: CreateRoutingRuleBody) =>
    apiRequest('/admin/routing-rules', { method: 'POST', body, schema: RoutingRule }),
  update: (id: string, body: UpdateRoutingRuleBody) =>
    apiRequest(path(id), { method: 'PUT', body, schema: RoutingRule }),
  remove: (id: string) => apiRequest(path(id), { method: 'DELETE' }),
  suggestion: (requestId: string, signal?: AbortSignal) =>
    apiRequest(`/requests/${encodeURIComponent(requestId)}/routing-suggestion`, {
      schema: RoutingSuggestion,
      signal,
    }),
};
