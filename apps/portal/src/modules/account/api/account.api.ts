import {
  CurrentUser,
  SessionList,
  type ChangePasswordBody,
  type UpdateProfileBody,
} from '@bgb/contracts';
import { apiRequest } from '../../../api/http-client';

/** The signed-in user's own account: password, profile and sessions. */
export const accountApi = {
  changePassword: (body: ChangePasswordBody) =>
    apiRequest<void>('/auth/me/password', { method: 'PUT', body }),
  updateProfile: (body: UpdateProfileBody) =>
    apiRequest('/auth/me', { method: 'PATCH', body, schema: CurrentUser }),
  sessions: (signal?: AbortSignal) => apiRequest('/auth/sessions', { schema: SessionList, signal }),
  endSession: (id: string) =>
    apiRequest<void>(`/auth/sessions/${encodeURIComponent(id)}`, { method: 'DELETE' }),
  endOtherSessions: () => apiRequest<void>('/auth/sessions', { method: 'DELETE' }),
};
