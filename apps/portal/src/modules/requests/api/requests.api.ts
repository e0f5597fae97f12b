import {
  History,
  Message,
  RequestList,
  ServiceRequest,
  type CreateRequestBody,
  type PostMessageBody,
  type RequestStatus,
  type TransitionBody,
} from '@bgb/contracts';
import { apiRequest } from '../../../api/http-client';

export const REQUEST_PAGE_SIZE = 25;

export interface ListRequestsParams {
  status?: RequestStatus;
  cursor?: string | null;
  limit?: number;
}

export const requestsApi = {
  list: ({ status, cursor, limit = REQUEST_PAGE_SIZE }: ListRequestsParams, signal?: AbortSignal) =>
    apiRequest('/requests', { query: { status, cursor, limit }, schema: RequestList, signal }),
  get: (id: string, signal?: AbortSignal) =>
    apiRequest(`/requests/${encodeURIComponent(id)}`, { schema: ServiceRequest, signal }),
  create: (body: CreateRequestBody) => apiRequest('/requests', { method: 'POST', body, schema: ServiceRequest }),
  transition: (id: string, body: TransitionBody) =>
    apiRequest(`/requests/${encodeURIComponent(id)}/transitions`, { method: 'POST', body, schema: ServiceRequest }),
  history: (id: string, signal?: AbortSignal) =>
    apiRequest(`/requests/${encodeURIComponent(id)}/history`, { schema: History, signal }),
  postMessage: (id: string, body: PostMessageBody) =>
    apiRequest(`/requests/${encodeURIComponent(id)}/messages`, { method: 'POST', body, schema: Message }),
};
