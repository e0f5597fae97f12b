import { OutboxMail, OutboxMailList, type OutboxMailStatus } from '@bgb/contracts';
import { apiRequest } from '../../../api/http-client';

const OUTBOX_PAGE_SIZE = 50;

export const outboxApi = {
  list: (status: OutboxMailStatus | undefined, cursor: string | null, signal?: AbortSignal) =>
    apiRequest('/admin/notifications', {
      query: { status, cursor, limit: OUTBOX_PAGE_SIZE },
      schema: OutboxMailList,
      signal,
    }),
  resend: (id: string) =>
    apiRequest(`/admin/notifications/${encodeURIComponent(id)}/resend`, {
      method: 'POST',
      schema: OutboxMail,
    }),
};
