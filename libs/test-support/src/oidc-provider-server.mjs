/**
 * A real OpenID Connect provider for tests (oidc-provider, which is ESM-only, hence a process
 * of its own). Started by `startOidcProvider()`; its settings come as JSON in the environment:
 *   { port, client: { id, secret, redirectUris }, accounts: [{ login, password, claims }] }
 * It signs people in through a small login form that both a browser and an HTTP walker can
 * fill in, and grants every requested scope without a consent page, as an institution's own
 * provider does for a registered service. `PUT /test/accounts/<login>` adds or replaces an
 * account while it runs, so each test can bring the person it needs.
 */
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import Provider from 'oidc-provider';

const settings = JSON.parse(process.env.OIDC_TEST_PROVIDER ?? '{}');
const port = Number(settings.port ?? 0);
/** login → { password, claims }; the account id is the login. */
const accounts = new Map((settings.accounts ?? []).map((account) => [account.login, account]));

const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const signingKey = {
  ...privateKey.export({ format: 'jwk' }),
  kid: 'test',
  use: 'sig',
  alg: 'RS256',
};

const server = createServer();
server.listen(port, '127.0.0.1', () => {
  const issuer = `http://127.0.0.1:${server.address().port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: settings.client.id,
        client_secret: settings.client.secret,
        redirect_uris: settings.client.redirectUris,
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    jwks: { keys: [signingKey] },
    cookies: { keys: [randomBytes(32).toString('hex')] },
    claims: {
      openid: ['sub'],
      email: ['email', 'email_verified'],
      profile: [
        'name',
        'given_name',
        'family_name',
        'locale',
        'organization',
        'schac_home_organization',
      ],
    },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    async findAccount(_ctx, id) {
      const account = accounts.get(id);
      if (!account) return undefined;
      return { accountId: id, claims: async () => ({ sub: id, ...account.claims }) };
    },
    async loadExistingGrant(ctx) {
      const grant = new ctx.oidc.provider.Grant({
        clientId: ctx.oidc.client.clientId,
        accountId: ctx.oidc.session.accountId,
      });
      grant.addOIDCScope('openid email profile');
      await grant.save();
      return grant;
    },
  });
  const handleProvider = provider.callback();

  server.on('request', (req, res) => {
    const url = new URL(req.url, issuer);
    const interaction = /^\/interaction\/([^/]+)(?:\/(login|abort))?$/.exec(url.pathname);
    const account = /^\/test\/accounts\/([^/]+)$/.exec(url.pathname);
    const handled = interaction
      ? handleInteraction(provider, req, res, interaction[2])
      : account && req.method === 'PUT'
        ? putAccount(req, res, decodeURIComponent(account[1]))
        : null;
    if (!handled) return handleProvider(req, res);
    handled.catch((error) => {
      res.statusCode = 500;
      res.end(String(error));
    });
  });
  process.stdout.write(`ready ${issuer}\n`);
});

async function handleInteraction(provider, req, res, action) {
  const details = await provider.interactionDetails(req, res);
  if (req.method === 'GET') return loginForm(res, details.uid);
  const form = new URLSearchParams(await readBody(req));
  if (action === 'abort') {
    return provider.interactionFinished(req, res, {
      error: 'access_denied',
      error_description: 'The person cancelled the sign-in',
    });
  }
  const account = accounts.get(form.get('login') ?? '');
  if (!account || account.password !== form.get('password'))
    return loginForm(res, details.uid, 'Wrong user name or password');
  return provider.interactionFinished(
    req,
    res,
    { login: { accountId: account.login } },
    { mergeWithLastSubmission: false },
  );
}

function loginForm(res, uid, error) {
  res.setHeader('content-type', 'text/html; charset=utf-8');
  res.end(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Test institution: sign in</title></head>
<body><main>
<h1>Test institution</h1>
${error ? `<p role="alert">${error}</p>` : ''}
<form method="post" action="/interaction/${uid}/login">
  <label for="login">User name</label> <input id="login" name="login" autocomplete="username">
  <label for="password">Password</label> <input id="password" name="password" type="password" autocomplete="current-password">
  <button type="submit">Sign in</button>
</form>
<form method="post" action="/interaction/${uid}/abort"><button type="submit">Cancel</button></form>
</main></body></html>`);
}

async function putAccount(req, res, login) {
  const { password, claims } = JSON.parse(await readBody(req));
  accounts.set(login, { login, password, claims });
  res.statusCode = 204;
  res.end();
}

async function readBody(req) {
  let body = '';
  for await (const chunk of req) body += chunk;
  return body;
}
