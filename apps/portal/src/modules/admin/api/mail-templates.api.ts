import {
  type Locale,
  type MailKind,
  MailTemplateList,
  QueuedMail,
  RenderedMail,
  type SendTestMailBody,
} from '@bgb/contracts';
import { apiRequest } from '../../../api/http-client';

export const mailTemplatesApi = {
  list: (signal?: AbortSignal) =>
    apiRequest('/admin/mail-templates', { schema: MailTemplateList, signal }),
  preview: (kind: MailKind, locale: Locale, signal?: AbortSignal) =>
    apiRequest(`/admin/mail-templates/${kind}/preview`, {
      query: { locale },
      schema: RenderedMail,
      signal,
    }),
  sendTest: (body: SendTestMailBody) =>
    apiRequest('/admin/mail-templates/test', { method: 'POST', body, schema: QueuedMail }),
};
