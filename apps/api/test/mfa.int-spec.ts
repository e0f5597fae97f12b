import type { CurrentUser, ErrorBody, RecoveryCodes, TotpSetup, User } from '@bgb/contracts';
import { HttpClient, queryDatabase } from '@bgb/test-support';
import { generate } from 'otplib';
import { DEMO, type Harness, newResearcher, startHarness } from './support/harness';

const PERIOD = 30;

/**
 * The time step a test's codes are counted from. A test uses the step before it, itself and the
 * one after (the API accepts one step of drift either way), so it starts early in a step: then
 * the API's clock is still within one step of each code while the test runs.
 */
async function freshStep(): Promise<number> {
  const intoStep = (Date.now() / 1000) % PERIOD;
  if (intoStep > PERIOD - 12)
    await new Promise((done) => setTimeout(done, (PERIOD - intoStep) * 1000 + 200));
  return Math.floor(Date.now() / 1000 / PERIOD);
}

const codeAt = (secret: string, step: number) => generate({ secret, epoch: step * PERIOD + 1 });

/** Six digits that are no code of the steps around `step`. */
async function wrongCode(secret: string, step: number): Promise<string> {
  const near = await Promise.all([-1, 0, 1].map((offset) => codeAt(secret, step + offset)));
  return ['000000', '111111', '222222', '333333'].find((code) => !near.includes(code)) as string;
}

describe('second factor (TOTP) for logins', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness({ MFA_REQUIRED_ROLES: 'admin' });
  });
  afterAll(() => harness?.stop());

  /** A researcher with TOTP turned on: the enable used the step before `step`. */
  async function enrolled(step: number) {
    const researcher = await newResearcher(harness);
    const setup = await researcher.client.post<TotpSetup>('/api/auth/mfa/totp/setup');
    expect(setup.status).toBe(200);
    const { secret } = setup.body;
    const enable = await researcher.client.post<RecoveryCodes>('/api/auth/mfa/totp/enable', {
      code: await codeAt(secret, step - 1),
    });
    expect(enable.status).toBe(200);
    return { ...researcher, secret, recoveryCodes: enable.body.recoveryCodes };
  }

  async function passwordStep(email: string, password: string) {
    const client = harness.client();
    const reply = await client.post('/api/auth/login', { email, password });
    return { client, reply };
  }

  const sessionCookie = (client: HttpClient) =>
    client.authHeaders().then((headers) => /bgb\.sid=([^;]+)/.exec(headers.cookie)?.[1]);

  it('sets up TOTP: a 160-bit secret with its otpauth URL, confirmed by a code, answered with ten recovery codes', async () => {
    const step = await freshStep();
    const { client, email } = await newResearcher(harness);
    const setup = await client.post<TotpSetup>('/api/auth/mfa/totp/setup');
    expect(setup.status).toBe(200);
    expect(setup.body.secret).toMatch(/^[A-Z2-7]{32}$/);
    const url = new URL(setup.body.otpauthUrl);
    expect(url.protocol).toBe('otpauth:');
    expect(url.searchParams.get('secret')).toBe(setup.body.secret);
    expect(decodeURIComponent(url.pathname)).toContain(email);
    expect((await client.get<CurrentUser>('/api/auth/me')).body.mfaEnabled).toBe(false);

    const enable = await client.post<RecoveryCodes>('/api/auth/mfa/totp/enable', {
      code: await codeAt(setup.body.secret, step),
    });
    expect(enable.status).toBe(200);
    expect(enable.body.recoveryCodes).toHaveLength(10);
    expect(new Set(enable.body.recoveryCodes).size).toBe(10);
    const me = await client.get<CurrentUser>('/api/auth/me');
    expect(me.body).toMatchObject({ mfaEnabled: true, mfaEnrolmentRequired: false });

    const again = await client.post<ErrorBody>('/api/auth/mfa/totp/setup');
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('TOTP_ALREADY_ENABLED');
  });

  it('refuses to enable with a wrong code and changes nothing', async () => {
    const step = await freshStep();
    const { client, email, password } = await newResearcher(harness);
    const noSetup = await client.post<ErrorBody>('/api/auth/mfa/totp/enable', { code: '123456' });
    expect(noSetup.status).toBe(409);
    expect(noSetup.body.code).toBe('TOTP_NOT_SET_UP');

    const { secret } = (await client.post<TotpSetup>('/api/auth/mfa/totp/setup')).body;
    const right = await codeAt(secret, step);
    const refused = await client.post<ErrorBody>('/api/auth/mfa/totp/enable', {
      code: await wrongCode(secret, step),
    });
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('INVALID_CODE');
    const malformed = await client.post<ErrorBody>('/api/auth/mfa/totp/enable', { code: '12ab' });
    expect(malformed.status).toBe(400);
    expect(malformed.body.details?.[0].field).toBe('code');
    expect((await client.get<CurrentUser>('/api/auth/me')).body.mfaEnabled).toBe(false);
    // The password alone still logs in.
    const login = await harness.client().post<User>('/api/auth/login', { email, password });
    expect(login.status).toBe(200);
    expect(login.body.email).toBe(email);
    // The pending secret is still the one to confirm.
    const enabled = await client.post('/api/auth/mfa/totp/enable', { code: right });
    expect(enabled.status).toBe(200);
  });

  it('holds a login back until the code: only mfaRequired, and 401 everywhere else meanwhile', async () => {
    const step = await freshStep();
    const { email, password, secret } = await enrolled(step);
    const { client, reply } = await passwordStep(email, password);
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({ mfaRequired: true });
    const pendingSession = await sessionCookie(client);
    for (const path of ['/api/auth/me', '/api/requests', '/api/notifications']) {
      const blocked = await client.get<ErrorBody>(path);
      expect([path, blocked.status, blocked.body.code]).toEqual([path, 401, 'UNAUTHENTICATED']);
    }
    for (const [method, path, body] of [
      ['POST', '/api/auth/mfa/totp/setup', undefined],
      ['PUT', '/api/auth/me/locale', { locale: 'en' }],
      ['DELETE', '/api/auth/mfa/totp', { code: '123456' }],
    ] as const) {
      expect((await client.send(method, path, body)).status).toBe(401);
    }

    const verified = await client.post<User>('/api/auth/mfa/verify', {
      code: await codeAt(secret, step),
    });
    expect(verified.status).toBe(200);
    expect(verified.body).toMatchObject({ email, roles: ['researcher'] });
    expect(verified.body).not.toHaveProperty('mfaRequired');
    // A fresh session id after the second factor, as after any login.
    expect(await sessionCookie(client)).not.toBe(pendingSession);
    const me = await client.get<CurrentUser>('/api/auth/me');
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ email, mfaEnabled: true, mfaEnrolmentRequired: false });
  });

  it('accepts a TOTP code once only, and a wrong code never', async () => {
    const step = await freshStep();
    const { email, password, secret } = await enrolled(step);
    const code = await codeAt(secret, step);
    const first = await passwordStep(email, password);
    expect((await first.client.post('/api/auth/mfa/verify', { code })).status).toBe(200);

    const second = await passwordStep(email, password);
    const reused = await second.client.post<ErrorBody>('/api/auth/mfa/verify', { code });
    expect(reused.status).toBe(401);
    expect(reused.body.code).toBe('INVALID_CODE');
    // The code of the step the enable used is spent too.
    const older = await second.client.post<ErrorBody>('/api/auth/mfa/verify', {
      code: await codeAt(secret, step - 1),
    });
    expect(older.body.code).toBe('INVALID_CODE');
    const wrong = await second.client.post<ErrorBody>('/api/auth/mfa/verify', {
      code: 'nothing-like-it',
    });
    expect(wrong.status).toBe(401);
    expect(wrong.body.code).toBe('INVALID_CODE');
    expect((await second.client.get('/api/auth/me')).status).toBe(401);
    // Still waiting for a good code: the next step's works.
    const next = await second.client.post('/api/auth/mfa/verify', {
      code: await codeAt(secret, step + 1),
    });
    expect(next.status).toBe(200);
  });

  it('accepts each recovery code once, typed in any case', async () => {
    const step = await freshStep();
    const { email, password, recoveryCodes } = await enrolled(step);
    const [code, other] = recoveryCodes;
    const first = await passwordStep(email, password);
    const used = await first.client.post<User>('/api/auth/mfa/verify', {
      code: code.toUpperCase(),
    });
    expect(used.status).toBe(200);
    expect(used.body.email).toBe(email);

    const second = await passwordStep(email, password);
    const again = await second.client.post<ErrorBody>('/api/auth/mfa/verify', { code });
    expect(again.status).toBe(401);
    expect(again.body.code).toBe('INVALID_CODE');
    expect((await second.client.post('/api/auth/mfa/verify', { code: other })).status).toBe(200);
  });

  it('answers verify without a pending login with 401 and logs nobody in', async () => {
    const client = harness.client();
    const reply = await client.post<ErrorBody>('/api/auth/mfa/verify', { code: '123456' });
    expect(reply.status).toBe(401);
    expect(reply.body.code).toBe('UNAUTHENTICATED');
    // A signed-in user without TOTP has nothing to verify either.
    const { client: researcher } = await newResearcher(harness);
    const plain = await researcher.post<ErrorBody>('/api/auth/mfa/verify', { code: '123456' });
    expect(plain.status).toBe(401);
    expect((await researcher.get('/api/auth/me')).status).toBe(200);
  });

  it('turns TOTP off only with a valid code; afterwards the password alone logs in', async () => {
    const step = await freshStep();
    const { client, email, password, secret, recoveryCodes } = await enrolled(step);
    const notMine = await client.send<ErrorBody>('DELETE', '/api/auth/mfa/totp', {
      code: 'aaaa-bbbb-cccc',
    });
    expect(notMine.status).toBe(422);
    expect(notMine.body.code).toBe('INVALID_CODE');
    expect((await client.get<CurrentUser>('/api/auth/me')).body.mfaEnabled).toBe(true);
    expect((await passwordStep(email, password)).reply.body).toEqual({ mfaRequired: true });

    const off = await client.send('DELETE', '/api/auth/mfa/totp', {
      code: await codeAt(secret, step),
    });
    expect(off.status).toBe(204);
    expect((await client.get<CurrentUser>('/api/auth/me')).body.mfaEnabled).toBe(false);
    const login = await passwordStep(email, password);
    expect(login.reply.status).toBe(200);
    expect(login.reply.body).toMatchObject({ email });
    // The recovery codes went with it.
    const again = await client.send<ErrorBody>('DELETE', '/api/auth/mfa/totp', {
      code: recoveryCodes[0],
    });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('TOTP_NOT_ENABLED');
  });

  it('leads an admin without TOTP to enrol first (MFA_REQUIRED_ROLES=admin), then lets them work', async () => {
    const step = await freshStep();
    const admin = harness.client();
    const login = await admin.post<User>('/api/auth/login', {
      email: DEMO.admin,
      password: DEMO.password,
    });
    expect(login.status).toBe(200);
    const me = await admin.get<CurrentUser>('/api/auth/me');
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ mfaEnabled: false, mfaEnrolmentRequired: true });
    const blocked = await admin.get<ErrorBody>('/api/admin/users');
    expect(blocked.status).toBe(403);
    expect(blocked.body.code).toBe('MFA_ENROLMENT_REQUIRED');
    expect((await admin.get<ErrorBody>('/api/requests')).body.code).toBe('MFA_ENROLMENT_REQUIRED');
    expect((await admin.get('/api/auth/csrf')).status).toBe(200);
    expect((await admin.put('/api/auth/me/locale', { locale: 'en' })).status).toBe(200);
    // A researcher is not asked to.
    const { client: researcher } = await newResearcher(harness);
    expect((await researcher.get<CurrentUser>('/api/auth/me')).body.mfaEnrolmentRequired).toBe(
      false,
    );
    expect((await researcher.get('/api/requests')).status).toBe(200);

    const { secret } = (await admin.post<TotpSetup>('/api/auth/mfa/totp/setup')).body;
    const enable = await admin.post('/api/auth/mfa/totp/enable', {
      code: await codeAt(secret, step - 1),
    });
    expect(enable.status).toBe(200);
    expect((await admin.get<CurrentUser>('/api/auth/me')).body.mfaEnrolmentRequired).toBe(false);
    expect((await admin.get('/api/admin/users')).status).toBe(200);

    // From now on the admin's logins ask for the code.
    const next = harness.client();
    expect(
      (await next.post('/api/auth/login', { email: DEMO.admin, password: DEMO.password })).body,
    ).toEqual({
      mfaRequired: true,
    });
    expect(
      (await next.post('/api/auth/mfa/verify', { code: await codeAt(secret, step) })).status,
    ).toBe(200);
    expect((await next.get('/api/admin/users')).status).toBe(200);
    expect((await admin.post('/api/auth/logout')).status).toBe(204);
    expect((await next.post('/api/auth/logout')).status).toBe(204);
  });

  it('stores the secret encrypted, the recovery codes hashed, and audits without either', async () => {
    const step = await freshStep();
    const { client, email, password, secret, recoveryCodes, id } = await enrolled(step);
    const { client: pending } = await passwordStep(email, password);
    await pending.post('/api/auth/mfa/verify', { code: await wrongCode(secret, step) });
    await client.send('DELETE', '/api/auth/mfa/totp', { code: recoveryCodes[0] });
    const { secret: second } = (await client.post<TotpSetup>('/api/auth/mfa/totp/setup')).body;
    const { recoveryCodes: newCodes } = (
      await client.post<RecoveryCodes>('/api/auth/mfa/totp/enable', {
        code: await codeAt(second, step),
      })
    ).body;
    await harness.api.stop();

    const [user] = await queryDatabase<{ totp_secret: string; totp_enabled_at: string | null }>(
      harness.database,
      `SELECT totp_secret, totp_enabled_at FROM app_user WHERE id = '${id}'`,
    );
    expect(user.totp_enabled_at).not.toBeNull();
    expect(user.totp_secret).toMatch(/^v1:/);
    expect(user.totp_secret).not.toContain(second);
    expect(Buffer.from(user.totp_secret.slice(3), 'base64').toString('latin1')).not.toContain(
      second,
    );
    const stored = await queryDatabase<{ code_hash: string; used_at: string | null }>(
      harness.database,
      `SELECT code_hash, used_at FROM mfa_recovery_code WHERE user_id = '${id}'`,
    );
    expect(stored).toHaveLength(10);
    for (const row of stored) expect(row.code_hash).toMatch(/^[0-9a-f]{64}$/);
    const events = await queryDatabase<{ action: string; details: unknown; actor_id: string }>(
      harness.database,
      `SELECT action, details, actor_id FROM audit_event WHERE target_id = '${id}' AND action LIKE 'auth.mfa%' ORDER BY at`,
    );
    expect(events.map((event) => event.action)).toEqual([
      'auth.mfa_enabled',
      'auth.mfa_failed',
      'auth.mfa_disabled',
      'auth.mfa_enabled',
    ]);
    expect(events[1].details).toEqual({ during: 'login' });
    expect(events.every((event) => event.actor_id === id)).toBe(true);
    const trail = JSON.stringify(events);
    for (const leaked of [secret, second, ...recoveryCodes, ...newCodes])
      expect(trail).not.toContain(leaked);
  });
});

describe('second-factor codes under a rate limit', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness({ MFA_VERIFY_RATE_LIMIT: '4' });
  });
  afterAll(() => harness?.stop());

  it('refuses guessing past the limit with 429 and Retry-After, even the right code; a right code gives its attempt back', async () => {
    const step = await freshStep();
    const researcher = await newResearcher(harness);
    const { secret } = (await researcher.client.post<TotpSetup>('/api/auth/mfa/totp/setup')).body;
    const enabled = await researcher.client.post<RecoveryCodes>('/api/auth/mfa/totp/enable', {
      code: await codeAt(secret, step),
    });
    expect(enabled.status).toBe(200);
    const [first, second] = enabled.body.recoveryCodes;
    const waiting = async () => {
      const client = harness.client();
      const login = await client.post('/api/auth/login', {
        email: researcher.email,
        password: researcher.password,
      });
      expect(login.body).toEqual({ mfaRequired: true });
      return client;
    };

    // Right codes are given back: more logins than the limit allows attempts.
    for (const code of [first, second, ...enabled.body.recoveryCodes.slice(2, 5)]) {
      const verified = await (await waiting()).post('/api/auth/mfa/verify', { code });
      expect(verified.status).toBe(200);
    }
    const guesser = await waiting();
    const wrong = await wrongCode(secret, step);
    for (let attempt = 0; attempt < 4; attempt++)
      expect((await guesser.post<ErrorBody>('/api/auth/mfa/verify', { code: wrong })).status).toBe(
        401,
      );
    const refused = await guesser.post<ErrorBody>('/api/auth/mfa/verify', {
      code: enabled.body.recoveryCodes[5],
    });
    expect(refused.status).toBe(429);
    expect(refused.body.code).toBe('RATE_LIMITED');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    // The refused recovery code was not spent.
    const [unspent] = await queryDatabase<{ count: string }>(
      harness.database,
      `SELECT count(*) AS count FROM mfa_recovery_code WHERE user_id = '${researcher.id}' AND used_at IS NULL`,
    );
    expect(Number(unspent.count)).toBe(5);
  });
});
