import { AuthProviders } from '@bgb/contracts';
import { apiRequest, buildUrl } from '../../../api/http-client';

export const authProvidersApi = {
  list: (signal?: AbortSignal) => apiRequest('/auth/providers', { schema: AuthProviders, signal }),
  /** Not a fetch: the browser itself goes there, on to the institution and back. */
  institutionalSignInUrl: (next: string | null, invitation?: string) =>
    buildUrl('/auth/oidc/login', { next, invitation }),
};
