import { useQuery } from '@tanstack/react-query';
import { QueryKeys } from '../../../api/query-keys';
import { attachmentsApi } from '../api/attachments.api';

/** The files of a request the user may see. */
export function useListAttachments(requestId: string) {
  return useQuery({
    queryKey: QueryKeys.attachments.list(requestId),
    queryFn: ({ signal }) => attachmentsApi.list(requestId, signal),
  });
}
