import { buildUrl } from '../../api/http-client';

/** Where the browser downloads a file, under its original name: a plain link, not an API call. */
export function attachmentDownloadUrl(id: string): string {
  return buildUrl(`/attachments/${encodeURIComponent(id)}`);
}
