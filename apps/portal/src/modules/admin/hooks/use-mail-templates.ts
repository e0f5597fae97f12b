import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import type { Locale, MailKind } from '@bgb/contracts';
import { QueryKeys } from '../../../api/query-keys';
import { mailTemplatesApi } from '../api/mail-templates.api';

export function useListMailTemplates() {
  return useQuery({
    queryKey: QueryKeys.mailTemplates.list(),
    queryFn: ({ signal }) => mailTemplatesApi.list(signal),
    select: (list) => list.items,
  });
}

/** The kind as it would be sent in that language; the last preview stays while the next one loads. */
export function useMailPreview(kind: MailKind | null, locale: Locale) {
  return useQuery({
    queryKey: QueryKeys.mailTemplates.preview(kind ?? 'test_mail', locale),
    queryFn: ({ signal }) => mailTemplatesApi.preview(kind!, locale, signal),
    enabled: kind !== null,
    placeholderData: keepPreviousData,
  });
}

export function useSendTestMail() {
  return useMutation({ mutationFn: mailTemplatesApi.sendTest });
}
