import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Locale } from '@bgb/contracts';
import { QueryKeys } from '../../../api/query-keys';
import { authApi } from '../api/auth.api';

/** Remembers the user's language server-side, so that e-mails come in it too. */
export function useUpdateLocale() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (locale: Locale) => authApi.updateLocale(locale),
    onSuccess: (user) => queryClient.setQueryData(QueryKeys.currentUser(), user),
  });
}
