import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PostMessageBody } from '@bgb/contracts';
import { QueryKeys } from '../../../api/query-keys';
import { requestsApi } from '../api/requests.api';

/** Posts on a request's conversation; the history then shows the new message, and the files sent with it are listed. */
export function usePostMessage(requestId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PostMessageBody) => requestsApi.postMessage(requestId, body),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: QueryKeys.requests.history(requestId) }),
        queryClient.invalidateQueries({ queryKey: QueryKeys.attachments.list(requestId) }),
      ]),
  });
}
