import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { EnableTotpBody, MfaCodeBody } from '@bgb/contracts';
import { QueryKeys } from '../../../api/query-keys';
import { mfaApi } from '../api/mfa.api';

/** A new secret to scan; it takes effect once `useEnableTotp` confirms a code from it. */
export function useSetupTotp() {
  return useMutation({ mutationFn: () => mfaApi.setup() });
}

/** Resolves to the recovery codes, which are shown once. */
export function useEnableTotp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: EnableTotpBody) => mfaApi.enable(body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: QueryKeys.currentUser() }),
  });
}

export function useDisableTotp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MfaCodeBody) => mfaApi.disable(body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: QueryKeys.currentUser() }),
  });
}
