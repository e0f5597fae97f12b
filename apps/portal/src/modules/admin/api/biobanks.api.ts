import { AdminBiobank, AdminBiobankList, type UpdateBiobankBody } from '@bgb/contracts';
import { apiRequest } from '../../../api/http-client';

export const adminBiobanksApi = {
  list: (signal?: AbortSignal) =>
    apiRequest('/admin/biobanks', { schema: AdminBiobankList, signal }),
  update: (code: string, body: UpdateBiobankBody) =>
    apiRequest(`/admin/biobanks/${encodeURIComponent(code)}`, {
      method: 'PUT',
      body,
      schema: AdminBiobank,
    }),
};
