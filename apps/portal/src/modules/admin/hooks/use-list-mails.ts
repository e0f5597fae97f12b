import { useQuery } from '@tanstack/react-query';
import { QueryKeys } from '../../../api/query-keys';
import { mailsApi } from '../api/mails.api';

/** Mails caught by demo mode's SMTP catcher, newest first. A 404 means: not demo mode. */
export function useListMails() {
  return useQuery({
    queryKey: QueryKeys.mails(),
    queryFn: ({ signal }) => mailsApi.list(signal),
  });
}
