import { useQuery } from '@tanstack/react-query';
import { QueryKeys } from '../../../api/query-keys';
import { authProvidersApi } from '../api/auth-providers.api';

/** Which institutional sign-in the portal offers; it changes only with the server's settings. */
export function useGetAuthProviders() {
  return useQuery({
    queryKey: QueryKeys.authProviders(),
    queryFn: ({ signal }) => authProvidersApi.list(signal),
    staleTime: Infinity,
  });
}

/** The institution to offer and where its button leads; null while unknown or not set up. */
export function useInstitutionalSignIn(next: string | null, invitation?: string) {
  const { data } = useGetAuthProviders();
  return data?.oidc
    ? {
        displayName: data.oidc.displayName,
        href: authProvidersApi.institutionalSignInUrl(next, invitation),
      }
    : null;
}
