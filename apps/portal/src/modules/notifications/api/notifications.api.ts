import {
  InAppNotificationList,
  NotificationPreferences,
  type SetNotificationPreferencesBody,
  UnreadCount,
  UnsubscribeTarget,
} from '@bgb/contracts';
import { apiRequest } from '../../../api/http-client';

const NOTIFICATION_PAGE_SIZE = 20;

export const notificationsApi = {
  list: (cursor: string | null, signal?: AbortSignal) =>
    apiRequest('/notifications', {
      query: { cursor, limit: NOTIFICATION_PAGE_SIZE },
      schema: InAppNotificationList,
      signal,
    }),
  unreadCount: (signal?: AbortSignal) =>
    apiRequest('/notifications/unread-count', { schema: UnreadCount, signal }),
  markRead: (id: string) =>
    apiRequest(`/notifications/${encodeURIComponent(id)}/read`, { method: 'POST' }),
  markAllRead: () => apiRequest('/notifications/read-all', { method: 'POST' }),
  preferences: (signal?: AbortSignal) =>
    apiRequest('/me/notification-preferences', { schema: NotificationPreferences, signal }),
  setPreferences: (body: SetNotificationPreferencesBody) =>
    apiRequest('/me/notification-preferences', {
      method: 'PUT',
      body,
      schema: NotificationPreferences,
    }),
  unsubscribeTarget: (token: string, signal?: AbortSignal) =>
    apiRequest('/unsubscribe', { query: { token }, schema: UnsubscribeTarget, signal }),
  unsubscribe: (token: string) => apiRequest('/unsubscribe', { method: 'POST', query: { token } }),
};
