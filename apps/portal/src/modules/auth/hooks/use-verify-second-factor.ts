import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { MfaCodeBody } from '@bgb/contracts';
import { mfaApi } from '../api/mfa.api';
import { loadSignedInUser } from './session-cache';

/** The login's second step: a code from the authenticator app or a recovery code. */
export function useVerifySecondFactor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: MfaCodeBody) => {
      await mfaApi.verify(body);
      await loadSignedInUser(queryClient);
    },
  });
}
