import type { ErrorBody } from '@bgb/contracts';
import {
  type ApiProcess,
  createTestDatabase,
  HttpClient,
  queryDatabase,
  startApi,
  type TestDatabase,
} from '@bgb/test-support';
import { DEMO, type Harness, newResearcher, startHarness } from './support/harness';

const LOGIN = '/api/auth/login';
const WRONG = 'not the password at all';

/** The headers a client sends as if a proxy in front of the API had added them. */
const from = (forwardedFor: string) => ({ headers: { 'x-forwarded-for': forwardedFor } });

const registration = (email: string) => ({
  name: 'Rate Limited',
  email,
  password: 'a long enough password',
  institution: 'Aarhus Universitet',
});

let unique = 0;
const freshEmail = (label: string) => `${label}.${Date.now()}.${++unique}@example.org`;

function expectRateLimited(
  reply: { status: number; headers: Headers; body: unknown },
  maxWait: number,
) {
  expect(reply.status).toBe(429);
  expect((reply.body as ErrorBody).code).toBe('RATE_LIMITED');
  const wait = Number(reply.headers.get('retry-after'));
  expect(wait).toBeGreaterThanOrEqual(1);
  expect(wait).toBeLessThanOrEqual(maxWait);
}

describe('rate limits behind one trusted proxy (TRUST_PROXY=1)', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness({
      TRUST_PROXY: '1',
      LOGIN_RATE_LIMIT: '5',
      LOGIN_ADDRESS_RATE_LIMIT: '50',
      REGISTER_RATE_LIMIT: '3',
      TEST_MAIL_RATE_LIMIT: '2',
    });
  });
  afterAll(() => harness?.stop());

  it('slows down 60 logins with different e-mails from one address after 50, and only that address', async () => {
    const client = harness.client();
    const statuses: number[] = [];
    for (let i = 0; i < 60; i++) {
      const reply = await client.post<ErrorBody>(
        LOGIN,
        { email: freshEmail('sprayed'), password: WRONG },
        from('203.0.113.10'),
      );
      statuses.push(reply.status);
      if (i === 59) expectRateLimited(reply, 900);
    }
    expect(statuses.slice(0, 50).every((status) => status === 401)).toBe(true);
    expect(statuses.slice(50).every((status) => status === 429)).toBe(true);
    // The right password from that address waits too; another address is not affected.
    const blocked = await client.post(
      LOGIN,
      { email: DEMO.researcher, password: DEMO.password },
      from('203.0.113.10'),
    );
    expect(blocked.status).toBe(429);
    const elsewhere = await client.post(
      LOGIN,
      { email: DEMO.researcher, password: DEMO.password },
      from('203.0.113.11'),
    );
    expect(elsewhere.status).toBe(200);
  });

  it('locks one account attacked from several addresses, even for the right password', async () => {
    const { email, password } = await newResearcher(harness);
    const client = harness.client();
    for (let i = 1; i <= 5; i++) {
      const reply = await client.post(LOGIN, { email, password: WRONG }, from(`198.51.100.${i}`));
      expect(reply.status).toBe(401);
    }
    const sixth = await client.post(
      LOGIN,
      { email: email.toUpperCase(), password: WRONG },
      from('198.51.100.6'),
    );
    expectRateLimited(sixth, 900);
    const owner = await client.post(LOGIN, { email, password }, from('192.0.2.99'));
    expectRateLimited(owner, 900);
    // The attempt that crossed the limit is in the audit trail once, not every refusal after it.
    const lockouts = await queryDatabase<{ ip: string; details: { policy: string } }>(
      harness.database,
      `SELECT ip, details FROM audit_event WHERE action = 'auth.locked_out' AND details->>'policy' = 'login_account' AND ip = '198.51.100.6'`,
    );
    expect(lockouts).toHaveLength(1);
    expect(
      await queryDatabase(
        harness.database,
        `SELECT 1 FROM audit_event WHERE action = 'auth.locked_out' AND ip = '192.0.2.99'`,
      ),
    ).toHaveLength(0);
    // The limit is on that account: others log in from the same addresses.
    expect(
      (
        await client.post(
          LOGIN,
          { email: DEMO.coordinatorDcb, password: DEMO.password },
          from('198.51.100.1'),
        )
      ).status,
    ).toBe(200);
  });

  it('gives a successful login its own attempt back, but never forgets earlier failures', async () => {
    const { email, password } = await newResearcher(harness);
    const client = harness.client();
    const address = from('192.0.2.50');
    // Far more successful logins than the limit of 5.
    for (let i = 0; i < 8; i++)
      expect((await client.post(LOGIN, { email, password }, address)).status).toBe(200);
    for (let i = 0; i < 4; i++)
      expect((await client.post(LOGIN, { email, password: WRONG }, address)).status).toBe(401);
    expect((await client.post(LOGIN, { email, password }, address)).status).toBe(200);
    // Four failures still count: one more is allowed, then the account waits.
    expect((await client.post(LOGIN, { email, password: WRONG }, address)).status).toBe(401);
    expectRateLimited(await client.post(LOGIN, { email, password }, address), 900);
  });

  it('counts the address the proxy saw: a client cannot choose it by adding its own X-Forwarded-For entries', async () => {
    const client = harness.client();
    const statuses: number[] = [];
    for (let i = 1; i <= 4; i++) {
      // The client forged the first entry; the proxy appended the address it really came from.
      const reply = await client.post(
        '/api/auth/register',
        registration(freshEmail('forger')),
        from(`10.9.8.${i}, 203.0.113.30`),
      );
      statuses.push(reply.status);
    }
    expect(statuses).toEqual([201, 201, 201, 429]);
  });

  it('counts IPv6 clients by their /64, and refuses a registration over the limit without creating the account', async () => {
    const client = harness.client();
    for (const host of ['a', 'b', 'c']) {
      const reply = await client.post(
        '/api/auth/register',
        registration(freshEmail(`v6${host}`)),
        from(`2001:db8:1:2::${host}`),
      );
      expect(reply.status).toBe(201);
    }
    const refusedEmail = freshEmail('v6d');
    const refused = await client.post(
      '/api/auth/register',
      registration(refusedEmail),
      from('2001:db8:1:2:ffff::d'),
    );
    expectRateLimited(refused, 3600);
    const login = await client.post(
      LOGIN,
      { email: refusedEmail, password: 'a long enough password' },
      from('192.0.2.77'),
    );
    expect(login.status).toBe(401);
    // The next /64 is another customer.
    const neighbour = await client.post(
      '/api/auth/register',
      registration(refusedEmail),
      from('2001:db8:1:3::d'),
    );
    expect(neighbour.status).toBe(201);
  });

  it('limits the test-mail button, and sends no mail over the limit', async () => {
    const admin = harness.client();
    expect(
      (await admin.post(LOGIN, { email: DEMO.admin, password: DEMO.password }, from('192.0.2.80')))
        .status,
    ).toBe(200);
    const to = freshEmail('mail-check');
    const send = () =>
      admin.post('/api/admin/mail-templates/test', { to, locale: 'en' }, from('192.0.2.80'));
    expect((await send()).status).toBe(202);
    expect((await send()).status).toBe(202);
    expectRateLimited(await send(), 3600);
    await harness.smtp.waitFor((mail) => mail.to.includes(to), 2);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(harness.smtp.mails.filter((mail) => mail.to.includes(to))).toHaveLength(2);
  });
});

describe('rate limits with no trusted proxy (the default)', () => {
  let harness: Harness;
  const env = { LOGIN_ADDRESS_RATE_LIMIT: '3', LOGIN_RATE_LIMIT: '3' };
  beforeAll(async () => {
    harness = await startHarness(env);
  });
  afterAll(() => harness?.stop());

  it('ignores a forged X-Forwarded-For, keeps counting over an API restart, and stores no e-mail', async () => {
    const client = harness.client();
    const email = freshEmail('victim');
    const statuses: number[] = [];
    for (let i = 1; i <= 4; i++) {
      const reply = await client.post(
        LOGIN,
        { email: freshEmail('forged'), password: WRONG },
        from(`198.51.100.${i}`),
      );
      statuses.push(reply.status);
    }
    expect(statuses).toEqual([401, 401, 401, 429]);
    for (let i = 0; i < 3; i++) {
      await harness.client().post(LOGIN, { email, password: WRONG }, from(`198.51.100.${i}`));
    }

    await harness.api.stop();
    const stored = await queryDatabase<{ key: string }>(
      harness.database,
      'SELECT key FROM rate_limit_counter',
    );
    expect(stored.length).toBeGreaterThan(0);
    expect(stored.filter(({ key }) => /@|victim|forged|127\.0\.0\.1/.test(key))).toEqual([]);
    harness.api = await startApi({
      SMTP_URL: harness.smtpUrl,
      ATTACHMENTS_DIR: harness.attachmentsDir,
      ...harness.database.env,
      ...env,
    });

    expectRateLimited(
      await harness.client().post(LOGIN, { email: DEMO.researcher, password: DEMO.password }),
      900,
    );
  });
});

/** Several API instances share one database only on PostgreSQL (see delivery-instances). */
const onPostgres = !!process.env.DATABASE_URL;
const SKIPPED =
  'skipped on the embedded database, whose files one process owns: set DATABASE_URL to run it on PostgreSQL';
const describeOnPostgres = (name: string, fn: () => void) =>
  onPostgres ? describe(name, fn) : describe.skip(`${name} (${SKIPPED})`, fn);

describeOnPostgres('two API instances on one PostgreSQL', () => {
  let database: TestDatabase;
  const apis: ApiProcess[] = [];
  afterAll(async () => {
    for (const api of apis) await api.stop();
    await database?.drop();
  });

  it('share the counters: attempts on either count together', async () => {
    database = await createTestDatabase();
    const env = { ...database.env, LOGIN_RATE_LIMIT: '4' };
    // One after the other: the first migrates and seeds the demo data, the second finds it done.
    apis.push(await startApi(env));
    apis.push(await startApi(env));
    const clients = apis.map((api) => new HttpClient(api.baseUrl));
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const reply = await clients[i % 2]!.post(LOGIN, { email: DEMO.secretariat, password: WRONG });
      statuses.push(reply.status);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 429, 429]);
    expectRateLimited(
      await clients[0]!.post(LOGIN, { email: DEMO.secretariat, password: DEMO.password }),
      900,
    );
  });
});
