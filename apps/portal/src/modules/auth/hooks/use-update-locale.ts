import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CurrentUser, Locale } from '@bgb/contracts';
import { QueryKeys } from '../../../api/query-keys';
import { authApi } from '../api/auth.api';

/** Remembers the user's language server-side, so that e-mails come in it too. */
export function useUpdateLocale() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (locale: Locale) => authApi.updateLocale(locale),
    // A reply that lands after logging out (or in as somebody else) must not sign the user back in.
    onSuccess: (updated) =>
      queryClient.setQueryData<CurrentUser | null>(QueryKeys.currentUser(), (current) =>
        current?.id === updated.id ? { ...current, ...updated } : current,
      ),
  });
}
