import {
  Draft,
  DraftList,
  ServiceRequest,
  type CreateDraftBody,
  type UpdateDraftBody,
} from '@bgb/contracts';
import { apiRequest } from '../../../api/http-client';

const path = (id: string) => `/drafts/${encodeURIComponent(id)}`;

export const draftsApi = {
  list: (signal?: AbortSignal) => apiRequest('/drafts', { schema: DraftList, signal }),
  get: (id: string, signal?: AbortSignal) => apiRequest(path(id), { schema: Draft, signal }),
  /** `keepalive` for a save sent as the page closes: the browser finishes it after the page is gone. */
  create: (body: CreateDraftBody, keepalive = false) =>
    apiRequest('/drafts', { method: 'POST', body, schema: Draft, keepalive }),
  update: (id: string, body: UpdateDraftBody, keepalive = false) =>
    apiRequest(path(id), { method: 'PUT', body, schema: Draft, keepalive }),
  remove: (id: string) => apiRequest(path(id), { method: 'DELETE' }),
  submit: (id: string, version: number) =>
    apiRequest(`${path(id)}/submit`, { method: 'POST', body: { version }, schema: ServiceRequest }),
};
