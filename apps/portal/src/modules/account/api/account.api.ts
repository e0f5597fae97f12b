import type { ChangePasswordBody } from '@bgb/contracts';
import { apiRequest } from '../../../api/http-client';

/** The signed-in user's own account: password, profile and sessions. */
export const accountApi = {
  changePassword: (body: ChangePasswordBody) =>
    apiRequest<void>('/auth/me/password', { method: 'PUT', body }),
};
