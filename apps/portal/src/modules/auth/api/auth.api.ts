import {
  type AcceptInvitationBody,
  CurrentUser,
  InvitationPreview,
  LoginReply,
  User,
  type Locale,
  type LoginBody,
  type PasswordResetBody,
  type PasswordResetConfirmBody,
  type RegisterBody,
  type VerifyEmailBody,
} from '@bgb/contracts';
import { apiRequest } from '../../../api/http-client';

export const authApi = {
  me: (signal?: AbortSignal) => apiRequest('/auth/me', { schema: CurrentUser, signal }),
  login: (body: LoginBody) =>
    apiRequest('/auth/login', { method: 'POST', body, schema: LoginReply }),
  register: (body: RegisterBody) =>
    apiRequest('/auth/register', { method: 'POST', body, schema: User }),
  invitation: (token: string, signal?: AbortSignal) =>
    apiRequest(`/invitations/${encodeURIComponent(token)}`, { schema: InvitationPreview, signal }),
  acceptInvitation: (body: AcceptInvitationBody) =>
    apiRequest('/invitations/accept', { method: 'POST', body, schema: User }),
  logout: () => apiRequest<void>('/auth/logout', { method: 'POST' }),
  verifyEmail: (body: VerifyEmailBody) =>
    apiRequest<void>('/auth/verify-email', { method: 'POST', body }),
  resendVerification: () => apiRequest<void>('/auth/verify-email/resend', { method: 'POST' }),
  requestPasswordReset: (body: PasswordResetBody) =>
    apiRequest<void>('/auth/password-reset', { method: 'POST', body }),
  confirmPasswordReset: (body: PasswordResetConfirmBody) =>
    apiRequest<void>('/auth/password-reset/confirm', { method: 'POST', body }),
  updateLocale: (locale: Locale) =>
    apiRequest('/auth/me/locale', { method: 'PUT', body: { locale }, schema: User }),
};
