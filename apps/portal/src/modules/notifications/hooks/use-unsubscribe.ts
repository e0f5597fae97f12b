import { useMutation, useQuery } from '@tanstack/react-query';
import { QueryKeys } from '../../../api/query-keys';
import { notificationsApi } from '../api/notifications.api';

/** What the link would turn off; asking changes nothing. */
export function useGetUnsubscribeTarget(token: string) {
  return useQuery({
    queryKey: QueryKeys.unsubscribeTarget(token),
    queryFn: ({ signal }) => notificationsApi.unsubscribeTarget(token, signal),
    enabled: token !== '',
  });
}

export function useUnsubscribe() {
  return useMutation({ mutationFn: (token: string) => notificationsApi.unsubscribe(token) });
}
