import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SetNotificationPreferencesBody } from '@bgb/contracts';
import { QueryKeys } from '../../../api/query-keys';
import { notificationsApi } from '../api/notifications.api';

export function useGetNotificationPreferences() {
  return useQuery({
    queryKey: QueryKeys.notifications.preferences(),
    queryFn: ({ signal }) => notificationsApi.preferences(signal),
  });
}

export function useSetNotificationPreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SetNotificationPreferencesBody) => notificationsApi.setPreferences(body),
    onSuccess: (saved) => queryClient.setQueryData(QueryKeys.notifications.preferences(), saved),
  });
}
