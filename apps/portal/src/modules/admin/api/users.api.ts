import { AdminUser, AdminUserList, type SetUserRolesBody } from '@bgb/contracts';
import { apiRequest } from '../../../api/http-client';

const USER_PAGE_SIZE = 50;

export interface ListUsersParams {
  search?: string;
  cursor?: string | null;
}

export const usersApi = {
  list: ({ search, cursor }: ListUsersParams, signal?: AbortSignal) =>
    apiRequest('/admin/users', {
      query: { q: search, cursor, limit: USER_PAGE_SIZE },
      schema: AdminUserList,
      signal,
    }),
  setRoles: (id: string, body: SetUserRolesBody) =>
    apiRequest(`/admin/users/${encodeURIComponent(id)}/roles`, {
      method: 'PUT',
      body,
      schema: AdminUser,
    }),
};
