import type { AuthProviders, ErrorBody, RecoveryCodes, TotpSetup, User } from '@bgb/contracts';
import {
  answerAtProvider,
  freePort,
  type HttpClient,
  type OidcAccount,
  type OidcProvider,
  signInAtProvider,
  startOidcProvider,
} from '@bgb/test-support';
import { generate } from 'otplib';
import { DEMO, type Harness, newResearcher, startHarness } from './support/harness';

const CALLBACK = '/api/auth/oidc/callback';

/** An API whose institutional sign-in goes to a provider at a known address. */
async function startWithProvider(
  options: { providerPort?: number; startProvider?: boolean } = {},
): Promise<{ harness: Harness; provider: () => Promise<OidcProvider>; stop(): Promise<void> }> {
  const apiPort = await freePort();
  const providerPort = options.providerPort ?? (await freePort());
  const redirectUri = `http://127.0.0.1:${apiPort}${CALLBACK}`;
  let running: Promise<OidcProvider> | undefined;
  const provider = () => (running ??= startOidcProvider({ redirectUri, port: providerPort }));
  const env =
    options.startProvider === false
      ? {
          OIDC_ISSUER: `http://127.0.0.1:${providerPort}`,
          OIDC_CLIENT_ID: 'bgb-portal',
          OIDC_CLIENT_SECRET: 'test-client-secret-of-sufficient-length',
          OIDC_DISPLAY_NAME: 'Test institution',
        }
      : (await provider()).env;
  const harness = await startHarness({ PORT: String(apiPort), ...env });
  return {
    harness,
    provider,
    async stop() {
      await harness.stop();
      await (await running)?.stop();
    },
  };
}

let counter = 0;
/** A person at the institution nobody else uses, with these claims over sensible defaults. */
function person(claims: OidcAccount['claims'] = {}): OidcAccount {
  const login = `person-${Date.now()}-${++counter}`;
  return {
    login,
    password: 'institution password',
    claims: { email: `${login}@ku.dk`, email_verified: true, name: 'Ada Lovelace', ...claims },
  };
}

describe('institutional sign-in (OIDC)', () => {
  let setup: Awaited<ReturnType<typeof startWithProvider>>;
  let provider: OidcProvider;
  let harness: Harness;
  beforeAll(async () => {
    setup = await startWithProvider();
    harness = setup.harness;
    provider = await setup.provider();
  });
  afterAll(() => setup?.stop());

  async function signIn(
    account: OidcAccount,
    client: HttpClient = harness.client(),
    next?: string,
  ) {
    await provider.putAccount(account);
    const result = await signInAtProvider(client, { account, next });
    return { client, ...result };
  }

  it('tells the login page which institution to offer', async () => {
    const reply = await harness.client().get<AuthProviders>('/api/auth/providers');
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({ oidc: { displayName: 'Test institution' } });
  });

  it('opens a researcher account for a new person, with name, institution and language from the claims', async () => {
    const account = person({
      email: `Mixed.Case.${Date.now()}@KU.dk`,
      name: undefined,
      given_name: 'Åse',
      family_name: 'Ærø',
      organization: 'Københavns Universitet',
      locale: 'en-GB',
    });
    const { client, location } = await signIn(account, undefined, '/requests/new');
    expect(location).toBe(`${harness.api.baseUrl}/requests/new`);
    const me = await client.get<User>('/api/auth/me');
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({
      name: 'Åse Ærø',
      email: account.claims.email!.toLowerCase(),
      institution: 'Københavns Universitet',
      roles: ['researcher'],
      locale: 'en',
      // The provider verified the address: no verification mail is needed.
      emailVerified: true,
    });
    // The session is a new one, and state-changing calls work with the fresh token.
    const locale = await client.put<User>('/api/auth/me/locale', { locale: 'da' });
    expect(locale.status).toBe(200);
  });

  it('signs the same person into the same account next time, even with a changed address', async () => {
    const account = person({ schac_home_organization: 'ku.dk' });
    const first = await signIn(account);
    const firstMe = await first.client.get<User>('/api/auth/me');
    expect(firstMe.body.institution).toBe('ku.dk');
    const again = await signIn({ ...account, claims: { ...account.claims, email: undefined } });
    expect(again.location).toBe(`${harness.api.baseUrl}/`);
    expect((await again.client.get<User>('/api/auth/me')).body.id).toBe(firstMe.body.id);
  });

  it('links an existing account by the verified e-mail address, keeping its password', async () => {
    const researcher = await newResearcher(harness, { name: 'Existing Person' });
    const account = person({ email: researcher.email.toUpperCase(), name: 'Other Name' });
    const { client } = await signIn(account);
    const me = await client.get<User>('/api/auth/me');
    expect(me.body).toMatchObject({ id: researcher.id, name: 'Existing Person' });
    await expect(
      harness.client().login(researcher.email, researcher.password),
    ).resolves.toBeDefined();
  });

  it('asks a user with a second factor for its code after the institution signed them in', async () => {
    const researcher = await newResearcher(harness);
    const { secret } = (await researcher.client.post<TotpSetup>('/api/auth/mfa/totp/setup')).body;
    const enabled = await researcher.client.post<RecoveryCodes>('/api/auth/mfa/totp/enable', {
      code: await generate({ secret }),
    });
    expect(enabled.status).toBe(200);
    const { client, location } = await signIn(
      person({ email: researcher.email }),
      undefined,
      '/requests',
    );
    expect(location).toBe(`${harness.api.baseUrl}/login?step=code&next=%2Frequests`);
    expect((await client.get('/api/auth/me')).status).toBe(401);
    const verified = await client.post<User>('/api/auth/mfa/verify', {
      code: enabled.body.recoveryCodes[0],
    });
    expect(verified.status).toBe(200);
    expect((await client.get<User>('/api/auth/me')).body.id).toBe(researcher.id);
  });

  it('refuses a deactivated account, and signs it in again once reactivated', async () => {
    const researcher = await newResearcher(harness);
    const admin = harness.client();
    await admin.login(DEMO.admin);
    expect((await admin.post(`/api/admin/users/${researcher.id}/deactivate`)).status).toBe(204);
    const account = person({ email: researcher.email });
    const refused = await signIn(account);
    expect(refused.location).toBe(`${harness.api.baseUrl}/login?error=oidc_failed`);
    expect((await refused.client.get('/api/auth/me')).status).toBe(401);
    expect((await admin.post(`/api/admin/users/${researcher.id}/reactivate`)).status).toBe(204);
    const { client } = await signIn(account);
    expect((await client.get<User>('/api/auth/me')).body.id).toBe(researcher.id);
  });

  describe('accepting an invitation', () => {
    /** Invites a new address as coordinator of DCB; returns it and the token of the mailed link. */
    async function invite(): Promise<{ email: string; token: string }> {
      const admin = harness.client();
      await admin.login(DEMO.admin);
      const email = `invited.${Date.now()}.${++counter}@example.org`;
      const invited = await admin.post('/api/admin/invitations', {
        email,
        roles: ['coordinator'],
        biobankCodes: ['DCB'],
        locale: 'en',
      });
      expect(invited.status).toBe(201);
      const [mail] = await harness.smtp.waitFor(
        (candidate) => candidate.to.includes(email) && candidate.text.includes('/invitation?'),
      );
      const link = /(http\S+\/invitation\?token=[\w-]+)/.exec(mail.text)![1];
      return { email, token: new URL(link).searchParams.get('token')! };
    }

    it('opens the invited account, with its roles and no password, linked to the identity', async () => {
      const { email, token } = await invite();
      // The provider knows the person by another address: the invitation link proved this one.
      const account = person({ email: `inge.${counter}@ku.dk`, name: 'Inge Invited' });
      await provider.putAccount(account);
      const client = harness.client();
      const { location } = await signInAtProvider(client, { account, invitation: token });
      expect(location).toBe(`${harness.api.baseUrl}/`);
      const me = await client.get<User>('/api/auth/me');
      expect(me.body).toMatchObject({
        email,
        name: 'Inge Invited',
        roles: ['coordinator'],
        biobankCodes: ['DCB'],
        emailVerified: true,
      });
      // The identity now signs in to that account; the invitation works no more.
      const again = await signIn(account);
      expect((await again.client.get<User>('/api/auth/me')).body.id).toBe(me.body.id);
      const replay = await signInAtProvider(harness.client(), { account, invitation: token });
      expect(replay.location).toBe(`${harness.api.baseUrl}/login?error=oidc_invitation_invalid`);
      expect((await harness.client().get(`/api/invitations/${token}`)).status).toBe(400);
    });

    it('refuses an identity that already has an account, and leaves the invitation open', async () => {
      const account = person();
      await signIn(account);
      const { token } = await invite();
      const client = harness.client();
      const { location } = await signInAtProvider(client, { account, invitation: token });
      expect(location).toBe(`${harness.api.baseUrl}/login?error=oidc_account_exists`);
      expect((await client.get('/api/auth/me')).status).toBe(401);
      expect((await harness.client().get(`/api/invitations/${token}`)).status).toBe(200);
    });
  });

  it('refuses an unverified address: nothing is linked and no account is opened', async () => {
    const researcher = await newResearcher(harness);
    const linkAttempt = person({ email: researcher.email, email_verified: false });
    const refused = await signIn(linkAttempt);
    expect(refused.location).toBe(`${harness.api.baseUrl}/login?error=oidc_email_unverified`);
    expect((await refused.client.get('/api/auth/me')).status).toBe(401);
    // Had it been linked, the same person would now get in without any address at all.
    const withoutAddress = await signIn({ ...linkAttempt, claims: { email_verified: true } });
    expect(withoutAddress.location).toBe(`${harness.api.baseUrl}/login?error=oidc_email_missing`);

    const newcomer = person({ email_verified: false });
    expect((await signIn(newcomer)).location).toBe(
      `${harness.api.baseUrl}/login?error=oidc_email_unverified`,
    );
    const register = await harness.client().post('/api/auth/register', {
      name: 'Newcomer',
      email: newcomer.claims.email,
      password: 'a long enough password',
      institution: 'KU',
    });
    expect(register.status).toBe(201);
  });

  it('refuses a person without an e-mail address, keeping the page they were heading for', async () => {
    const account = person({ email: undefined });
    const { client, location } = await signIn(account, undefined, '/requests');
    expect(location).toBe(`${harness.api.baseUrl}/login?error=oidc_email_missing&next=%2Frequests`);
    expect((await client.get('/api/auth/me')).status).toBe(401);
  });

  it('says so when the person cancels at their institution', async () => {
    const client = harness.client();
    const { location } = await signInAtProvider(client);
    expect(location).toBe(`${harness.api.baseUrl}/login?error=oidc_denied`);
    expect((await client.get('/api/auth/me')).status).toBe(401);
  });

  it('never lets a password open an account that only signs in through the institution', async () => {
    const account = person();
    await signIn(account);
    for (const password of ['institution password', 'decoy password for unknown e-mails']) {
      const login = await harness
        .client()
        .post<ErrorBody>('/api/auth/login', { email: account.claims.email, password });
      expect(login.status).toBe(401);
      expect(login.body.code).toBe('INVALID_CREDENTIALS');
    }
  });

  it('redeems an answer from the provider only once, and only in the browser that asked', async () => {
    const account = person();
    const { client, callbackPath } = await signIn(account);
    const replay = await client.get(callbackPath, { redirect: 'manual' });
    expect(replay.headers.get('location')).toBe(`${harness.api.baseUrl}/login?error=oidc_failed`);

    const elsewhere = harness.client();
    const stolen = await elsewhere.get(callbackPath, { redirect: 'manual' });
    expect(stolen.headers.get('location')).toBe(`${harness.api.baseUrl}/login?error=oidc_failed`);
    expect((await elsewhere.get('/api/auth/me')).status).toBe(401);
  });

  it('refuses an answer whose state does not match the sign-in this browser started last', async () => {
    const account = person();
    await provider.putAccount(account);
    const client = harness.client();
    const authorizationUrl = async () => {
      const start = await client.get('/api/auth/oidc/login', { redirect: 'manual' });
      return start.headers.get('location')!;
    };
    const earlier = await answerAtProvider(await authorizationUrl(), account);
    await authorizationUrl();
    const reply = await client.get(earlier.slice(harness.api.baseUrl.length), {
      redirect: 'manual',
    });
    expect(reply.headers.get('location')).toBe(`${harness.api.baseUrl}/login?error=oidc_failed`);
    expect((await client.get('/api/auth/me')).status).toBe(401);

    const forged = await authorizationUrl();
    const state = new URL(forged).searchParams.get('state');
    const tampered = await client.get(`${CALLBACK}?code=forged&state=${state}x`, {
      redirect: 'manual',
    });
    expect(tampered.headers.get('location')).toBe(`${harness.api.baseUrl}/login?error=oidc_failed`);
    expect((await client.get('/api/auth/me')).status).toBe(401);
  });

  it.each([
    ['//evil.example'],
    ['https://evil.example'],
    ['/\\evil.example'],
    ['/\t/evil.example'],
  ])('lands on the front page when next is %j', async (next) => {
    const { location } = await signIn(person(), undefined, next);
    expect(location).toBe(`${harness.api.baseUrl}/`);
  });

  it('sends the browser to the provider with PKCE, state and nonce, and caches nothing', async () => {
    const start = await harness.client().get('/api/auth/oidc/login?next=/requests', {
      redirect: 'manual',
    });
    expect(start.status).toBe(302);
    expect(start.headers.get('cache-control')).toBe('no-store');
    const url = new URL(start.headers.get('location')!);
    expect(url.origin).toBe(provider.issuer);
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      client_id: 'bgb-portal',
      response_type: 'code',
      redirect_uri: `${harness.api.baseUrl}${CALLBACK}`,
      code_challenge_method: 'S256',
      scope: 'openid email profile',
    });
    for (const name of ['state', 'nonce', 'code_challenge'])
      expect(url.searchParams.get(name)).toMatch(/^[\w-]{32,}$/);
  });
});

describe('without institutional sign-in configured', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(() => harness?.stop());

  it('offers no provider and has no sign-in routes', async () => {
    const client = harness.client();
    expect((await client.get<AuthProviders>('/api/auth/providers')).body).toEqual({ oidc: null });
    for (const path of ['/api/auth/oidc/login?next=/', `${CALLBACK}?code=x&state=y`]) {
      const reply = await client.get<ErrorBody>(path, { redirect: 'manual' });
      expect(reply.status).toBe(404);
      expect(reply.body.code).toBe('NOT_FOUND');
    }
  });
});

describe('an institution that is down', () => {
  let setup: Awaited<ReturnType<typeof startWithProvider>>;
  beforeAll(async () => {
    setup = await startWithProvider({ startProvider: false });
  });
  afterAll(() => setup?.stop());

  it('says it is unavailable, and works as soon as it is back, without a restart', async () => {
    const client = setup.harness.client();
    const down = await client.get('/api/auth/oidc/login?next=/requests', { redirect: 'manual' });
    expect(down.status).toBe(302);
    expect(down.headers.get('location')).toBe(
      `${setup.harness.api.baseUrl}/login?error=oidc_unavailable&next=%2Frequests`,
    );

    const provider = await setup.provider();
    const account = person();
    await provider.putAccount(account);
    const { location } = await signInAtProvider(client, { account, next: '/requests' });
    expect(location).toBe(`${setup.harness.api.baseUrl}/requests`);
    expect((await client.get<User>('/api/auth/me')).body.email).toBe(account.claims.email);
  });
});
