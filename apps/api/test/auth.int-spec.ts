import type { ErrorBody, User } from '@bgb/contracts';
import { DEMO, type Harness, newResearcher, startHarness } from './support/harness';

describe('accounts and sessions', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness({ LOGIN_RATE_LIMIT: '5' });
  });
  afterAll(() => harness?.stop());

  const registration = (email: string) => ({
    name: 'Åse Ærø-Øster 测试',
    email,
    password: 'a long enough password',
    institution: 'Københavns Universitet',
  });

  it('registers a researcher, logs them in and keeps Danish letters intact', async () => {
    const client = harness.client();
    const reply = await client.post<User>(
      '/api/auth/register',
      registration('Aase.New@Example.org'),
    );
    expect(reply.status).toBe(201);
    expect(reply.body).toMatchObject({
      name: 'Åse Ærø-Øster 测试',
      email: 'aase.new@example.org',
      institution: 'Københavns Universitet',
      roles: ['researcher'],
    });
    expect(reply.body).not.toHaveProperty('passwordHash');
    const cookie = reply.headers.getSetCookie().find((c) => c.startsWith('bgb.sid='));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const me = await client.get<User>('/api/auth/me');
    expect(me.status).toBe(200);
    expect(me.body.name).toBe('Åse Ærø-Øster 测试');
  });

  it('refuses a second account for the same e-mail in another case, and keeps the first', async () => {
    const first = await newResearcher(harness);
    const again = await harness.client().post<ErrorBody>('/api/auth/register', {
      ...registration(first.email.toUpperCase()),
      password: 'another long password',
    });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ statusCode: 409, code: 'EMAIL_TAKEN' });
    expect(again.body.details?.[0].field).toBe('email');
    await expect(harness.client().login(first.email, first.password)).resolves.toBeDefined();
    const impostor = await harness
      .client()
      .post('/api/auth/login', { email: first.email, password: 'another long password' });
    expect(impostor.status).toBe(401);
  });

  it.each([
    ['a weak password', { password: 'short' }, 'password'],
    ['a malformed e-mail', { email: 'not-an-email' }, 'email'],
    ['an empty name', { name: '   ' }, 'name'],
    ['a missing institution', { institution: undefined }, 'institution'],
    ['a number for a name', { name: 42 }, 'name'],
  ])('refuses %s field by field and creates no account', async (_label, change, field) => {
    const email = `refused.${field}.${Date.now()}@example.org`;
    const body = { ...registration(email), ...change };
    const reply = await harness.client().post<ErrorBody>('/api/auth/register', body);
    expect(reply.status).toBe(400);
    expect(reply.body.code).toBe('VALIDATION_FAILED');
    expect(reply.body.details?.map((d) => d.field)).toContain(field);
    const login = await harness
      .client()
      .post('/api/auth/login', { email: body.email, password: body.password });
    expect(login.status).not.toBe(200);
  });

  it('answers a wrong password and an unknown e-mail alike', async () => {
    const { email } = await newResearcher(harness);
    const wrong = await harness
      .client()
      .post<ErrorBody>('/api/auth/login', { email, password: 'not the password' });
    const unknown = await harness.client().post<ErrorBody>('/api/auth/login', {
      email: 'nobody@example.org',
      password: 'not the password',
    });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.body.code).toBe('INVALID_CREDENTIALS');
  });

  it('slows down password guessing with 429', async () => {
    const { email, password } = await newResearcher(harness);
    const client = harness.client();
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      statuses.push(
        (await client.post('/api/auth/login', { email, password: `guess number ${i}` })).status,
      );
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses[5]).toBe(429);
    const blocked = await client.post<ErrorBody>('/api/auth/login', { email, password });
    expect(blocked.status).toBe(429);
    expect(blocked.body.code).toBe('RATE_LIMITED');
    // Another account from the same address is not locked out.
    await expect(harness.client().login(DEMO.researcher)).resolves.toBeDefined();
  });

  it('ends the session on logout, server-side', async () => {
    const client = harness.client();
    await client.login(DEMO.researcher);
    const cookieBefore = client.hasSession();
    expect(cookieBefore).toBe(true);
    expect((await client.post('/api/auth/logout')).status).toBe(204);
    expect((await client.get('/api/auth/me')).status).toBe(401);
  });

  it('refuses state-changing calls without the CSRF token', async () => {
    const email = `nocsrf.${Date.now()}@example.org`;
    const reply = await harness
      .client()
      .post<ErrorBody>('/api/auth/register', registration(email), { csrf: false });
    expect(reply.status).toBe(403);
    expect(reply.body.code).toBe('CSRF_INVALID');
    const login = await harness
      .client()
      .post('/api/auth/login', { email, password: 'a long enough password' });
    expect(login.status).toBe(401);
  });

  it('binds the CSRF token to the session: a token from before login no longer works', async () => {
    const client = harness.client();
    await client.get('/api/auth/csrf');
    const before = client.csrfToken;
    await client.login(DEMO.researcher);
    expect(client.csrfToken).not.toBe(before);
    const stale = await client.send(
      'PUT',
      '/api/auth/me/locale',
      { locale: 'en' },
      { csrf: false },
    );
    expect(stale.status).toBe(403);
    const fresh = await client.put<User>('/api/auth/me/locale', { locale: 'en' });
    expect(fresh.status).toBe(200);
    expect(fresh.body.locale).toBe('en');
  });

  it('answers 401 to calls without a session', async () => {
    const client = harness.client();
    for (const path of ['/api/auth/me', '/api/requests', '/api/admin/mails']) {
      const reply = await client.get<ErrorBody>(path);
      expect(reply.status).toBe(401);
      expect(reply.body).toEqual({
        statusCode: 401,
        error: 'Unauthorized',
        code: 'UNAUTHENTICATED',
        message: expect.any(String),
      });
    }
  });
});
