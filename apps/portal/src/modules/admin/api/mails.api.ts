import { CaughtMail } from '@bgb/contracts';
import { apiRequest } from '../../../api/http-client';

export const mailsApi = {
  list: (signal?: AbortSignal) =>
    apiRequest('/admin/mails', { schema: CaughtMail.array(), signal }),
};
