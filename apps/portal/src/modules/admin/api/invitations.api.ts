import { Invitation, InvitationList, type InviteUserBody } from '@bgb/contracts';
import { apiRequest } from '../../../api/http-client';

export const invitationsApi = {
  pending: (signal?: AbortSignal) =>
    apiRequest('/admin/invitations', { schema: InvitationList, signal }),
  invite: (body: InviteUserBody) =>
    apiRequest('/admin/invitations', { method: 'POST', body, schema: Invitation }),
  revoke: (id: string) =>
    apiRequest<void>(`/admin/invitations/${encodeURIComponent(id)}`, { method: 'DELETE' }),
};
