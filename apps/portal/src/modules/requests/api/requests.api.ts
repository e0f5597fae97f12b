import {
  History,
  Message,
  Person,
  RequestList,
  ServiceRequest,
  type CreateRequestBody,
  type EditRequestBody,
  type PostMessageBody,
  type RouteBody,
  type RoutingTransitionBody,
  type TransitionBody,
  type TriageBody,
} from '@bgb/contracts';
import { apiRequest } from '../../../api/http-client';
import type { RequestListFilter } from '../../../api/query-keys';

const REQUEST_PAGE_SIZE = 25;

export interface ListRequestsParams extends RequestListFilter {
  cursor?: string | null;
  limit?: number;
}

export const requestsApi = {
  list: (
    { cursor, limit = REQUEST_PAGE_SIZE, overdue, ...filter }: ListRequestsParams,
    signal?: AbortSignal,
  ) =>
    apiRequest('/requests', {
      query: {
        status: filter.status,
        biobank: filter.biobank,
        service: filter.service,
        assignee: filter.assignee,
        priority: filter.priority,
        overdue: overdue ? 'true' : undefined,
        q: filter.q,
        sort: filter.sort,
        cursor,
        limit,
      },
      schema: RequestList,
      signal,
    }),
  get: (id: string, signal?: AbortSignal) =>
    apiRequest(`/requests/${encodeURIComponent(id)}`, { schema: ServiceRequest, signal }),
  create: (body: CreateRequestBody) =>
    apiRequest('/requests', { method: 'POST', body, schema: ServiceRequest }),
  update: (id: string, body: EditRequestBody) =>
    apiRequest(`/requests/${encodeURIComponent(id)}`, {
      method: 'PATCH',
      body,
      schema: ServiceRequest,
    }),
  transition: (id: string, body: TransitionBody) =>
    apiRequest(`/requests/${encodeURIComponent(id)}/transitions`, {
      method: 'POST',
      body,
      schema: ServiceRequest,
    }),
  history: (id: string, signal?: AbortSignal) =>
    apiRequest(`/requests/${encodeURIComponent(id)}/history`, { schema: History, signal }),
  postMessage: (id: string, body: PostMessageBody) =>
    apiRequest(`/requests/${encodeURIComponent(id)}/messages`, {
      method: 'POST',
      body,
      schema: Message,
    }),
  triage: (id: string, body: TriageBody) =>
    apiRequest(`/requests/${encodeURIComponent(id)}/triage`, {
      method: 'PATCH',
      body,
      schema: ServiceRequest,
    }),
  route: (id: string, body: RouteBody) =>
    apiRequest(`/requests/${encodeURIComponent(id)}/routings`, {
      method: 'POST',
      body,
      schema: ServiceRequest,
    }),
  transitionRouting: (id: string, biobankCode: string, body: RoutingTransitionBody) =>
    apiRequest(
      `/requests/${encodeURIComponent(id)}/routings/${encodeURIComponent(biobankCode)}/transitions`,
      { method: 'POST', body, schema: ServiceRequest },
    ),
  caseHandlers: (signal?: AbortSignal) =>
    apiRequest('/case-handlers', { schema: Person.array(), signal }),
};
