import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { QueryKeys } from '../../../api/query-keys';
import { attachmentsApi } from '../api/attachments.api';

/** Uploads one file to a request, with its progress (0 to 1) while it is sent. */
export function useUploadAttachment(requestId: string) {
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState(0);
  const mutation = useMutation({
    mutationFn: (file: File) => {
      setProgress(0);
      return attachmentsApi.upload(requestId, file, setProgress);
    },
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: QueryKeys.attachments.list(requestId) }),
  });
  return { ...mutation, progress };
}
