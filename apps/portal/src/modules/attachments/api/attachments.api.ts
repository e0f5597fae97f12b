import { Attachment, AttachmentList } from '@bgb/contracts';
import { apiRequest, apiUpload } from '../../../api/http-client';

export const attachmentsApi = {
  list: (requestId: string, signal?: AbortSignal) =>
    apiRequest(`/requests/${encodeURIComponent(requestId)}/attachments`, {
      schema: AttachmentList,
      signal,
    }),
  upload: (requestId: string, file: File, onProgress?: (fraction: number) => void) =>
    apiUpload(`/requests/${encodeURIComponent(requestId)}/attachments`, file, {
      schema: Attachment,
      onProgress,
    }),
  remove: (id: string) =>
    apiRequest(`/attachments/${encodeURIComponent(id)}`, { method: 'DELETE' }),
};
