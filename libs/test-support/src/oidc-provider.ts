import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { HttpClient } from './http-client';

/** The server script lives beside the sources; the built library runs it from there too. */
function serverScript(from = __dirname): string {
  const script = join(from, 'oidc-provider-server.mjs');
  if (existsSync(script)) return script;
  const source = join(from, '../src/oidc-provider-server.mjs');
  return existsSync(source) ? source : serverScript(dirname(from));
}

/** Standard claims and the two that carry an institution, as a provider would send them. */
export interface OidcClaims {
  email?: string;
  email_verified?: boolean;
  name?: string;
  given_name?: string;
  family_name?: string;
  locale?: string;
  organization?: string;
  schac_home_organization?: string;
}

export interface OidcAccount {
  /** The user name on the provider's login form, also the subject (`sub`) of its tokens. */
  login: string;
  password: string;
  claims: OidcClaims;
}

export interface OidcProvider {
  issuer: string;
  /** The API's OIDC_* settings for this provider. */
  env: Record<string, string>;
  /** Adds an account, or replaces the one with the same login (e.g. to change its claims). */
  putAccount(account: OidcAccount): Promise<void>;
  stop(): Promise<void>;
}

export interface OidcProviderOptions {
  /** Where the API receives the sign-in: its PUBLIC_URL + `/api/auth/oidc/callback`. */
  redirectUri: string;
  /** A fixed port, e.g. one an API already points at before the provider is up. */
  port?: number;
  accounts?: OidcAccount[];
  displayName?: string;
}

/** Starts an OpenID Connect provider in a child process and waits until it listens. */
export async function startOidcProvider(options: OidcProviderOptions): Promise<OidcProvider> {
  const client = { id: 'bgb-portal', secret: 'test-client-secret-of-sufficient-length' };
  const child = spawn(process.execPath, [serverScript()], {
    env: {
      PATH: process.env.PATH ?? '',
      OIDC_TEST_PROVIDER: JSON.stringify({
        port: options.port ?? 0,
        client: { ...client, redirectUris: [options.redirectUri] },
        accounts: options.accounts ?? [],
      }),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const issuer = await new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', (chunk) => {
      log += chunk;
      const ready = /^ready (\S+)$/m.exec(log);
      if (ready) resolve(ready[1]);
    });
    child.stderr?.on('data', (chunk) => (log += chunk));
    child.once('exit', (code) => reject(new Error(`OIDC provider exited with ${code}:\n${log}`)));
  });
  return {
    issuer,
    env: {
      OIDC_ISSUER: issuer,
      OIDC_CLIENT_ID: client.id,
      OIDC_CLIENT_SECRET: client.secret,
      OIDC_DISPLAY_NAME: options.displayName ?? 'Test institution',
    },
    async putAccount(account) {
      const response = await fetch(`${issuer}/test/accounts/${encodeURIComponent(account.login)}`, {
        method: 'PUT',
        body: JSON.stringify(account),
      });
      if (response.status !== 204) throw new Error(`putAccount failed: ${response.status}`);
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

export interface InstitutionalSignIn {
  /** The login (`sub`) and password at the provider; leave out to cancel there instead. */
  account?: Pick<OidcAccount, 'login' | 'password'>;
  /** The portal page asked for after signing in. */
  next?: string;
  /** The token of an invitation the sign-in accepts. */
  invitation?: string;
}

/**
 * Goes through an institutional sign-in as a browser would, without one: starts it at the API
 * with the client's cookies, fills in the provider's login form (or cancels it), follows the
 * redirects back to the API's callback and returns where the API finally sends the browser.
 * `callbackPath` is the API's callback as the provider sent it, e.g. to replay it.
 */
export async function signInAtProvider(
  api: HttpClient,
  { account, next, invitation }: InstitutionalSignIn = {},
): Promise<{ location: string; callbackPath: string }> {
  const query = new URLSearchParams();
  if (next !== undefined) query.set('next', next);
  if (invitation !== undefined) query.set('invitation', invitation);
  const search = query.size ? `?${query}` : '';
  const start = await api.get(`/api/auth/oidc/login${search}`, { redirect: 'manual' });
  let location = redirectTarget(start.status, start.headers, api.baseUrl);
  if (!location.startsWith(api.baseUrl)) location = await answerAtProvider(location, account);
  if (!location.startsWith(`${api.baseUrl}/api/auth/oidc/callback`))
    return { location, callbackPath: '' };
  const callbackPath = location.slice(api.baseUrl.length);
  const callback = await api.get(callbackPath, { redirect: 'manual' });
  return { location: redirectTarget(callback.status, callback.headers, api.baseUrl), callbackPath };
}

/**
 * Follows the provider's redirects from its authorization address, signs in on its form (or
 * cancels there) and returns where it sends the browser back to: the API's callback.
 */
export async function answerAtProvider(
  authorizationUrl: string,
  account?: InstitutionalSignIn['account'],
): Promise<string> {
  const provider = new HttpClient(new URL(authorizationUrl).origin);
  let location = authorizationUrl;
  let submitted = false;
  for (let step = 0; step < 20; step++) {
    const url = new URL(location);
    if (url.origin !== provider.baseUrl) return location;
    const reply = await provider.get<string>(url.pathname + url.search, { redirect: 'manual' });
    if (reply.status !== 200) {
      location = redirectTarget(reply.status, reply.headers, provider.baseUrl);
      continue;
    }
    if (submitted) throw new Error(`The provider refused the sign-in:\n${reply.body}`);
    const action = [...reply.body.matchAll(/<form method="post" action="([^"]+)"/g)]
      .map((match) => match[1])
      .find((path) => path.endsWith(account ? '/login' : '/abort'));
    if (!action) throw new Error(`No sign-in form at ${location}:\n${reply.body}`);
    const posted = await provider.send<string>(
      'POST',
      action,
      account
        ? new URLSearchParams({ login: account.login, password: account.password }).toString()
        : '',
      { csrf: false, contentType: 'application/x-www-form-urlencoded', redirect: 'manual' },
    );
    submitted = true;
    location = redirectTarget(posted.status, posted.headers, provider.baseUrl);
  }
  throw new Error('The provider kept redirecting');
}

function redirectTarget(status: number, headers: Headers, base: string): string {
  const location = headers.get('location');
  if (status < 300 || status >= 400 || !location)
    throw new Error(`Expected a redirect, got ${status}`);
  return new URL(location, base).toString();
}
