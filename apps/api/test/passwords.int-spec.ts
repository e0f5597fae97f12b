import type { ErrorBody, User } from '@bgb/contracts';
import type { HttpClient } from '@bgb/test-support';
import {
  alterDatabase,
  type Harness,
  mailedToken,
  newResearcher,
  startHarness,
} from './support/harness';

const NEW_PASSWORD = 'plum-orbit-Vessel-42';

const status = async (client: HttpClient) => (await client.get<User>('/api/auth/me')).status;
const canLogIn = async (harness: Harness, email: string, password: string) =>
  (await harness.client().post('/api/auth/login', { email, password })).status === 200;

describe('forgotten password: a single-use link by mail, valid one hour', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(() => harness?.stop());

  it('mails a reset link; the new password works, every session ends, a notice follows', async () => {
    const researcher = await newResearcher(harness, { locale: 'en' });
    const other = harness.client();
    await other.login(researcher.email, researcher.password);
    const reply = await harness
      .client()
      .post('/api/auth/password-reset', { email: researcher.email.toUpperCase() });
    expect(reply.status).toBe(202);
    const { token, mail } = await mailedToken(harness, researcher.email, 'reset-password');
    expect(mail.subject).toBe('Choose a new password for the BGB Service Portal');
    expect(mail.text).toContain(`${harness.api.baseUrl}/reset-password?token=${token}`);
    expect(mail.parsed.headers.has('list-unsubscribe')).toBe(false);

    const confirmed = await harness
      .client()
      .post('/api/auth/password-reset/confirm', { token, password: NEW_PASSWORD });
    expect(confirmed.status).toBe(204);
    expect(await status(researcher.client)).toBe(401);
    expect(await status(other)).toBe(401);
    expect(await canLogIn(harness, researcher.email, researcher.password)).toBe(false);
    expect(await canLogIn(harness, researcher.email, NEW_PASSWORD)).toBe(true);
    const [notice] = await harness.smtp.waitFor(
      (m) => m.to.includes(researcher.email) && m.subject.includes('was changed'),
    );
    expect(notice.subject).toBe('Your password for the BGB Service Portal was changed');

    const again = await harness
      .client()
      .post<ErrorBody>('/api/auth/password-reset/confirm', { token, password: 'another-Quill-77' });
    expect(again.status).toBe(400);
    expect(again.body.code).toBe('INVALID_TOKEN');
    expect(await canLogIn(harness, researcher.email, NEW_PASSWORD)).toBe(true);
  });

  it('answers an unknown address exactly like a known one, in body and in time, and mails nothing', async () => {
    const researcher = await newResearcher(harness);
    const ask = async (email: string) => {
      const started = performance.now();
      const reply = await harness.client().post('/api/auth/password-reset', { email });
      return { reply, ms: performance.now() - started };
    };
    const known: number[] = [];
    const unknown: number[] = [];
    // The known address's mail is written and sent after its reply, on the same database; each
    // ask waits for that work to end, and the order alternates, so neither side is timed beside it.
    let mailed = 0;
    const askKnown = async () => {
      const asked = await ask(researcher.email);
      await harness.smtp.waitFor((m) => m.to.includes(researcher.email), ++mailed);
      await new Promise((resolve) => setTimeout(resolve, 100));
      return asked;
    };
    for (let round = 0; round < 8; round++) {
      const unknownAsk = () => ask(`nobody.${round}@example.org`);
      const [a, b] =
        round % 2 === 0
          ? [await askKnown(), await unknownAsk()]
          : await unknownAsk().then(async (first) => [await askKnown(), first]);
      expect(b.reply.status).toBe(a.reply.status);
      expect(b.reply.status).toBe(202);
      expect(b.reply.body).toEqual(a.reply.body);
      expect(b.reply.headers.get('content-length')).toBe(a.reply.headers.get('content-length'));
      known.push(a.ms);
      unknown.push(b.ms);
    }
    // The reply leaves before the address is looked up: the two distributions overlap.
    const sorted = (values: number[]) => [...values].sort((x, y) => x - y);
    const [k, u] = [sorted(known), sorted(unknown)];
    expect(k[0]).toBeLessThan(u[u.length - 1]);
    expect(u[0]).toBeLessThan(k[k.length - 1]);
    expect(harness.smtp.mails.filter((m) => m.to[0]?.startsWith('nobody.'))).toHaveLength(0);
  });

  it('mails Danish to a Danish researcher; a reset counts the address as verified', async () => {
    const researcher = await newResearcher(harness, { locale: 'da' }, { verify: false });
    await harness.client().post('/api/auth/password-reset', { email: researcher.email });
    const { token, mail } = await mailedToken(harness, researcher.email, 'reset-password');
    expect(mail.subject).toBe('Vælg en ny adgangskode til BGB-serviceportalen');
    await harness
      .client()
      .post('/api/auth/password-reset/confirm', { token, password: NEW_PASSWORD });
    const client = harness.client();
    await client.login(researcher.email, NEW_PASSWORD);
    expect((await client.get<User>('/api/auth/me')).body.emailVerified).toBe(true);
  });

  it.each([
    ['an unknown token', { token: 'x'.repeat(43), password: NEW_PASSWORD }, 400, 'INVALID_TOKEN'],
    ['a short password', { password: 'short' }, 400, 'VALIDATION_FAILED'],
    ['a common password', { password: 'password12345' }, 422, 'WEAK_PASSWORD'],
    ['the person’s own name', { password: 'Test Researcher' }, 422, 'WEAK_PASSWORD'],
  ])('refuses %s and changes nothing, the link still usable', async (_case, body, code, error) => {
    const researcher = await newResearcher(harness);
    await harness.client().post('/api/auth/password-reset', { email: researcher.email });
    const { token } = await mailedToken(harness, researcher.email, 'reset-password');
    const reply = await harness
      .client()
      .post<ErrorBody>('/api/auth/password-reset/confirm', { token, ...body });
    expect(reply.status).toBe(code);
    expect(reply.body.code).toBe(error);
    if (error === 'WEAK_PASSWORD') expect(reply.body.details?.[0].field).toBe('password');
    expect(await status(researcher.client)).toBe(200);
    expect(await canLogIn(harness, researcher.email, researcher.password)).toBe(true);
    const ok = await harness
      .client()
      .post('/api/auth/password-reset/confirm', { token, password: NEW_PASSWORD });
    expect(ok.status).toBe(204);
  });

  it('refuses a link older than an hour, and the password stays', async () => {
    const researcher = await newResearcher(harness);
    await harness.client().post('/api/auth/password-reset', { email: researcher.email });
    const { token } = await mailedToken(harness, researcher.email, 'reset-password');
    await alterDatabase(
      harness,
      `UPDATE account_token SET created_at = created_at - interval '61 minutes',
         expires_at = expires_at - interval '61 minutes'
       WHERE user_id = '${researcher.id}' AND purpose = 'password_reset'`,
    );
    const reply = await harness
      .client()
      .post<ErrorBody>('/api/auth/password-reset/confirm', { token, password: NEW_PASSWORD });
    expect(reply.status).toBe(400);
    expect(reply.body.code).toBe('INVALID_TOKEN');
    expect(await canLogIn(harness, researcher.email, researcher.password)).toBe(true);
  });
});

describe('changing one’s password', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(() => harness?.stop());

  it('keeps the caller’s session, ends the others, and mails a notice', async () => {
    const researcher = await newResearcher(harness);
    const other = harness.client();
    await other.login(researcher.email, researcher.password);
    const reply = await researcher.client.put('/api/auth/me/password', {
      currentPassword: researcher.password,
      newPassword: NEW_PASSWORD,
    });
    expect(reply.status).toBe(204);
    expect(await status(researcher.client)).toBe(200);
    expect(await status(other)).toBe(401);
    expect(await canLogIn(harness, researcher.email, NEW_PASSWORD)).toBe(true);
    expect(await canLogIn(harness, researcher.email, researcher.password)).toBe(false);
    await harness.smtp.waitFor(
      (m) => m.to.includes(researcher.email) && m.subject.includes('adgangskode'),
    );
  });

  type Researcher = Awaited<ReturnType<typeof newResearcher>>;
  it.each<[string, (r: Researcher) => Record<string, unknown>, number, string]>([
    [
      'a wrong current password',
      () => ({ currentPassword: 'not-my-Password-1', newPassword: NEW_PASSWORD }),
      400,
      'WRONG_PASSWORD',
    ],
    [
      'a weak new password',
      (r) => ({ currentPassword: r.password, newPassword: 'password12345' }),
      422,
      'WEAK_PASSWORD',
    ],
    [
      'a new password that is the e-mail address',
      (r) => ({ currentPassword: r.password, newPassword: r.email }),
      422,
      'WEAK_PASSWORD',
    ],
    ['a missing new password', (r) => ({ currentPassword: r.password }), 400, 'VALIDATION_FAILED'],
  ])('refuses %s and changes nothing', async (_case, body, code, error) => {
    const researcher = await newResearcher(harness);
    const other = harness.client();
    await other.login(researcher.email, researcher.password);
    const reply = await researcher.client.put<ErrorBody>('/api/auth/me/password', body(researcher));
    expect(reply.status).toBe(code);
    expect(reply.body.code).toBe(error);
    expect(await status(other)).toBe(200);
    expect(await canLogIn(harness, researcher.email, researcher.password)).toBe(true);
  });

  it('needs a session', async () => {
    const reply = await harness.client().put('/api/auth/me/password', {
      currentPassword: 'x',
      newPassword: NEW_PASSWORD,
    });
    expect(reply.status).toBe(401);
  });
});
