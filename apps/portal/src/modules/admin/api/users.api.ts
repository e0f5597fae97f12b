import { type AccountState, AdminUser, AdminUserList, type SetUserRolesBody } from '@bgb/contracts';
import { apiRequest } from '../../../api/http-client';

const USER_PAGE_SIZE = 50;

export interface ListUsersParams {
  search?: string;
  /** Absent: every account. */
  state?: AccountState;
  cursor?: string | null;
}

export const usersApi = {
  list: ({ search, state, cursor }: ListUsersParams, signal?: AbortSignal) =>
    apiRequest('/admin/users', {
      query: { q: search, state, cursor, limit: USER_PAGE_SIZE },
      schema: AdminUserList,
      signal,
    }),
  setRoles: (id: string, body: SetUserRolesBody) =>
    apiRequest(`/admin/users/${encodeURIComponent(id)}/roles`, {
      method: 'PUT',
      body,
      schema: AdminUser,
    }),
  /** `deactivate` ends the user's sessions and stops their mail; `reactivate` undoes it. */
  setActivation: (id: string, action: 'deactivate' | 'reactivate') =>
    apiRequest<void>(`/admin/users/${encodeURIComponent(id)}/${action}`, { method: 'POST' }),
};
