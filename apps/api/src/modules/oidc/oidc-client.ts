import type { Configuration } from 'openid-client' with { 'resolution-mode': 'import' };
import type { OidcConfig } from '../../config/app.config';
import { InstitutionalSignInFailure } from './oidc-claims';
import type { PendingSignIn } from './pending-sign-in';

/** openid-client is ESM-only: loaded by a real `import()`, which the CommonJS build keeps as is. */
type OpenIdClient = typeof import('openid-client', { with: { 'resolution-mode': 'import' } });

/** Seconds any one call to the provider may take before it counts as unreachable. */
const PROVIDER_TIMEOUT_S = 10;

/**
 * The provider as openid-client sees it: discovered on first use, not at boot, so an
 * institution that is down does not keep the portal from starting. A failed discovery is not
 * kept, so the next sign-in tries again.
 */
export class OidcClient {
  private configuration?: Promise<Configuration>;

  constructor(
    private readonly oidc: OidcConfig,
    /** Where the provider sends the browser back: PUBLIC_URL + the callback route. */
    private readonly redirectUri: string,
  ) {}

  /** New one-time values for a sign-in, and the provider's address that starts it. */
  async start(next: string, invitation?: string): Promise<{ pending: PendingSignIn; url: URL }> {
    const [client, configuration] = await this.ready();
    const pending: PendingSignIn = {
      state: client.randomState(),
      nonce: client.randomNonce(),
      codeVerifier: client.randomPKCECodeVerifier(),
      next,
      startedAt: Date.now(),
      ...(invitation ? { invitation } : {}),
    };
    const url = client.buildAuthorizationUrl(configuration, {
      redirect_uri: this.redirectUri,
      scope: 'openid email profile',
      state: pending.state,
      nonce: pending.nonce,
      code_challenge: await client.calculatePKCECodeChallenge(pending.codeVerifier),
      code_challenge_method: 'S256',
    });
    return { pending, url };
  }

  /**
   * Checks the provider's answer against the pending sign-in (state, PKCE, nonce, issuer),
   * redeems the code and returns the ID token's claims with the UserInfo claims over them.
   */
  async finish(search: string, pending: PendingSignIn): Promise<Record<string, unknown>> {
    const [client, configuration] = await this.ready();
    const answer = new URL(this.redirectUri);
    answer.search = search;
    try {
      const tokens = await client.authorizationCodeGrant(configuration, answer, {
        expectedState: pending.state,
        expectedNonce: pending.nonce,
        pkceCodeVerifier: pending.codeVerifier,
        idTokenExpected: true,
      });
      const claims = tokens.claims();
      if (!claims) throw new InstitutionalSignInFailure('oidc_failed');
      const userInfo = configuration.serverMetadata().userinfo_endpoint
        ? await client.fetchUserInfo(configuration, tokens.access_token, claims.sub)
        : {};
      return { ...claims, ...userInfo };
    } catch (error) {
      if (error instanceof client.AuthorizationResponseError && error.error === 'access_denied')
        throw new InstitutionalSignInFailure('oidc_denied');
      throw failureFor(error);
    }
  }

  private async ready(): Promise<[OpenIdClient, Configuration]> {
    const client = await import('openid-client');
    this.configuration ??= this.discover(client).catch((error: unknown) => {
      this.configuration = undefined;
      throw error;
    });
    try {
      return [client, await this.configuration];
    } catch {
      throw new InstitutionalSignInFailure('oidc_unavailable');
    }
  }

  private discover(client: OpenIdClient): Promise<Configuration> {
    // The configuration refuses http issuers in production mode; elsewhere (tests, a local
    // provider) openid-client must be told that plain http is meant.
    const insecure = this.oidc.issuer.startsWith('http:');
    return client.discovery(
      new URL(this.oidc.issuer),
      this.oidc.clientId,
      this.oidc.clientSecret,
      undefined,
      {
        execute: insecure ? [client.allowInsecureRequests] : [],
        timeout: PROVIDER_TIMEOUT_S,
      },
    );
  }
}

/** A provider that cannot be reached is `oidc_unavailable`; anything it refused is `oidc_failed`. */
function failureFor(error: unknown): InstitutionalSignInFailure {
  if (error instanceof InstitutionalSignInFailure) return error;
  const unreachable =
    error instanceof Error &&
    (error.name === 'TimeoutError' ||
      error.name === 'AbortError' ||
      (error instanceof TypeError && error.message === 'fetch failed'));
  return new InstitutionalSignInFailure(unreachable ? 'oidc_unavailable' : 'oidc_failed');
}
