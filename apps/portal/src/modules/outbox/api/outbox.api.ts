import { AdminNotification, AdminNotificationList, type NotificationStatus } from '@bgb/contracts';
import { apiRequest } from '../../../api/http-client';

const OUTBOX_PAGE_SIZE = 50;

export const outboxApi = {
  list: (status: NotificationStatus | undefined, cursor: string | null, signal?: AbortSignal) =>
    apiRequest('/admin/notifications', {
      query: { status, cursor, limit: OUTBOX_PAGE_SIZE },
      schema: AdminNotificationList,
      signal,
    }),
  resend: (id: string) =>
    apiRequest(`/admin/notifications/${encodeURIComponent(id)}/resend`, {
      method: 'POST',
      schema: AdminNotification,
    }),
};
