import type { AuditEventList, CurrentUser, ErrorBody, SessionList } from '@bgb/contracts';
import type { HttpClient } from '@bgb/test-support';
import {
  alterDatabase,
  DEMO,
  type Harness,
  mailedToken,
  newResearcher,
  startHarness,
} from './support/harness';

const me = (client: HttpClient) => client.get<CurrentUser>('/api/auth/me');
const sessions = async (client: HttpClient) =>
  (await client.get<SessionList>('/api/auth/sessions')).body.items;

/** A second browser of a person: its own session, named by its User-Agent. */
async function signIn(harness: Harness, email: string, password: string, userAgent: string) {
  const client = harness.client();
  const reply = await client.post(
    '/api/auth/login',
    { email, password },
    { headers: { 'user-agent': userAgent } },
  );
  expect(reply.status).toBe(200);
  return client;
}

const canLogIn = async (harness: Harness, email: string, password: string) =>
  (await harness.client().post('/api/auth/login', { email, password })).status === 200;

let counter = 0;
const freshAddress = () => `moved.${Date.now()}.${++counter}@example.org`;

// One API for the file: every test makes accounts of its own.
let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => harness?.stop());

describe('anonymous callers', () => {
  it.each([
    ['PATCH', '/api/auth/me', { name: 'Someone' }],
    ['GET', '/api/auth/sessions', undefined],
    ['DELETE', '/api/auth/sessions', undefined],
    ['DELETE', '/api/auth/sessions/2f6b0c1e-8d4a-4c55-9a0e-5b1d7e3c9a42', undefined],
  ])('get 401 from %s %s', async (method, path, body) => {
    const reply = await harness.client().send<ErrorBody>(method, path, body);
    expect(reply.status).toBe(401);
    expect(reply.body.code).toBe('UNAUTHENTICATED');
  });
});

describe('one’s own profile', () => {
  let admin: HttpClient;
  beforeAll(async () => {
    admin = harness.client();
    await admin.login(DEMO.admin);
  });

  const audited = async (action: string, userId: string) =>
    (
      await admin.get<AuditEventList>(`/api/admin/audit?action=${action}&limit=100`)
    ).body.items.filter((event) => event.targetId === userId || event.actorId === userId);

  it('changes name and institution at once and answers like GET /api/auth/me', async () => {
    const researcher = await newResearcher(harness);
    const reply = await researcher.client.patch<CurrentUser>('/api/auth/me', {
      name: '  Karen Blixen ',
      institution: 'Odense Universitetshospital',
    });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({
      name: 'Karen Blixen',
      institution: 'Odense Universitetshospital',
      email: researcher.email,
    });
    expect((await me(researcher.client)).body).toEqual(reply.body);
    const [event] = await audited('user.profile_changed', researcher.id);
    expect(event).toMatchObject({ actorId: researcher.id, targetType: 'user' });
    expect(event.details).toEqual({ fields: ['name', 'institution'] });
  });

  it.each([
    ['an empty body', {}],
    ['an empty name', { name: '   ' }],
    ['a name too long', { name: 'x'.repeat(201) }],
    ['a malformed address', { email: 'not-an-address' }],
    ['a valid name beside a malformed address', { name: 'Valid Name', email: 'nope@' }],
  ])('refuses %s with 400 and changes nothing', async (_case, body) => {
    const researcher = await newResearcher(harness);
    const before = (await me(researcher.client)).body;
    const reply = await researcher.client.patch<ErrorBody>('/api/auth/me', body);
    expect(reply.status).toBe(400);
    expect(reply.body.code).toBe('VALIDATION_FAILED');
    expect((await me(researcher.client)).body).toEqual(before);
  });

  it('changes the address only once the link mailed to the new one is opened', async () => {
    const researcher = await newResearcher(harness, { locale: 'en' });
    const newEmail = freshAddress();
    const reply = await researcher.client.patch<CurrentUser>('/api/auth/me', {
      email: newEmail.toUpperCase(),
    });
    expect(reply.status).toBe(200);
    expect(reply.body.email).toBe(researcher.email);

    const { token, mail } = await mailedToken(harness, newEmail, 'verify-email');
    expect(mail.subject).toBe('Confirm your new e-mail address for the BGB Service Portal');
    expect(mail.text).toContain(researcher.email);
    expect(mail.parsed.headers.has('list-unsubscribe')).toBe(false);
    const [notice] = await harness.smtp.waitFor(
      (m) => m.to.includes(researcher.email) && m.subject.includes('about to change'),
    );
    expect(notice.text).toContain(newEmail);
    expect(notice.text).not.toContain(token);

    // Until then the old address is the account's.
    expect(await canLogIn(harness, researcher.email, researcher.password)).toBe(true);
    expect(await canLogIn(harness, newEmail, researcher.password)).toBe(false);

    const elsewhere = harness.client();
    expect((await elsewhere.post('/api/auth/verify-email', { token })).status).toBe(204);
    expect((await me(researcher.client)).body).toMatchObject({
      email: newEmail,
      emailVerified: true,
    });
    expect(await canLogIn(harness, newEmail, researcher.password)).toBe(true);
    expect(await canLogIn(harness, researcher.email, researcher.password)).toBe(false);
    // A second click changes nothing and is no error.
    expect((await elsewhere.post('/api/auth/verify-email', { token })).status).toBe(204);

    const [requested] = await audited('user.profile_changed', researcher.id);
    expect(requested.details).toEqual({ fields: ['email'] });
    const [changed] = await audited('user.email_changed', researcher.id);
    expect(changed.details).toEqual({ from: researcher.email, to: newEmail });
  });

  it('a used link does not bring back an address the account has left', async () => {
    const researcher = await newResearcher(harness);
    const first = freshAddress();
    await researcher.client.patch('/api/auth/me', { email: first });
    const { token } = await mailedToken(harness, first, 'verify-email');
    expect((await harness.client().post('/api/auth/verify-email', { token })).status).toBe(204);
    const second = freshAddress();
    await researcher.client.patch('/api/auth/me', { email: second });
    const next = await mailedToken(harness, second, 'verify-email');
    expect(
      (await harness.client().post('/api/auth/verify-email', { token: next.token })).status,
    ).toBe(204);

    const again = await harness.client().post<ErrorBody>('/api/auth/verify-email', { token });
    expect(again.status).toBe(400);
    expect(again.body.code).toBe('INVALID_TOKEN');
    expect((await me(researcher.client)).body.email).toBe(second);
  });

  it('only the newest request counts: an earlier link is void', async () => {
    const researcher = await newResearcher(harness);
    const [first, second] = [freshAddress(), freshAddress()];
    await researcher.client.patch('/api/auth/me', { email: first });
    const earlier = await mailedToken(harness, first, 'verify-email');
    await researcher.client.patch('/api/auth/me', { email: second });
    const reply = await harness
      .client()
      .post<ErrorBody>('/api/auth/verify-email', { token: earlier.token });
    expect(reply.status).toBe(400);
    expect(reply.body.code).toBe('INVALID_TOKEN');
    expect((await me(researcher.client)).body.email).toBe(researcher.email);
  });

  it('refuses a link older than 48 hours, and the address stays', async () => {
    const researcher = await newResearcher(harness);
    const newEmail = freshAddress();
    await researcher.client.patch('/api/auth/me', { email: newEmail });
    const { token } = await mailedToken(harness, newEmail, 'verify-email');
    await alterDatabase(
      harness,
      `UPDATE account_token SET created_at = created_at - interval '49 hours',
         expires_at = expires_at - interval '49 hours'
       WHERE user_id = '${researcher.id}' AND purpose = 'email_change'`,
    );
    const reply = await harness.client().post<ErrorBody>('/api/auth/verify-email', { token });
    expect(reply.status).toBe(400);
    expect(reply.body.code).toBe('INVALID_TOKEN');
    expect((await me(researcher.client)).body.email).toBe(researcher.email);
  });

  it('refuses an address another account has with 409, and changes nothing else either', async () => {
    const researcher = await newResearcher(harness);
    const other = await newResearcher(harness);
    const before = (await me(researcher.client)).body;
    const reply = await researcher.client.patch<ErrorBody>('/api/auth/me', {
      name: 'Not Saved',
      email: other.email.toUpperCase(),
    });
    expect(reply.status).toBe(409);
    expect(reply.body.code).toBe('EMAIL_TAKEN');
    expect(reply.body.details?.[0].field).toBe('email');
    expect((await me(researcher.client)).body).toEqual(before);
  });

  it('refuses the link with 409 when someone registered the address meanwhile; nothing changes', async () => {
    const researcher = await newResearcher(harness);
    const newEmail = freshAddress();
    await researcher.client.patch('/api/auth/me', { email: newEmail });
    const { token } = await mailedToken(harness, newEmail, 'verify-email');
    const squatter = await harness.client().post('/api/auth/register', {
      name: 'Quick Person',
      email: newEmail,
      password: 'correct horse battery',
      institution: 'Somewhere',
    });
    expect(squatter.status).toBe(201);
    const reply = await harness.client().post<ErrorBody>('/api/auth/verify-email', { token });
    expect(reply.status).toBe(409);
    expect(reply.body.code).toBe('EMAIL_TAKEN');
    expect((await me(researcher.client)).body.email).toBe(researcher.email);
  });

  it('keeps the current address as it is when it is given again', async () => {
    const researcher = await newResearcher(harness);
    const reply = await researcher.client.patch<CurrentUser>('/api/auth/me', {
      email: researcher.email.toUpperCase(),
    });
    expect(reply.status).toBe(200);
    expect(reply.body.email).toBe(researcher.email);
    expect(await audited('user.profile_changed', researcher.id)).toHaveLength(0);
  });

  it('voids a reset link mailed to the old address once the new one is confirmed', async () => {
    const researcher = await newResearcher(harness);
    await harness.client().post('/api/auth/password-reset', { email: researcher.email });
    const reset = await mailedToken(harness, researcher.email, 'reset-password');
    const newEmail = freshAddress();
    await researcher.client.patch('/api/auth/me', { email: newEmail });
    const { token } = await mailedToken(harness, newEmail, 'verify-email');
    await harness.client().post('/api/auth/verify-email', { token });
    const reply = await harness.client().post<ErrorBody>('/api/auth/password-reset/confirm', {
      token: reset.token,
      password: 'plum-orbit-Vessel-42',
    });
    expect(reply.status).toBe(400);
    expect(reply.body.code).toBe('INVALID_TOKEN');
  });

  it('lets every role edit their own profile', async () => {
    for (const email of [DEMO.secretariat, DEMO.coordinatorDcb, DEMO.admin]) {
      const client = harness.client();
      await client.login(email);
      const reply = await client.patch<CurrentUser>('/api/auth/me', { institution: 'Herlev' });
      expect(reply.status).toBe(200);
      expect(reply.body).toMatchObject({ email, institution: 'Herlev' });
    }
  });
});

describe('one’s own sessions', () => {
  it('lists the caller’s sessions only, newest first, by an id that is not the cookie', async () => {
    const researcher = await newResearcher(harness);
    const laptop = await signIn(harness, researcher.email, researcher.password, 'Laptop Firefox');
    const phone = await signIn(harness, researcher.email, researcher.password, 'Phone Safari');
    await newResearcher(harness);

    const items = await sessions(phone);
    expect(items).toHaveLength(3);
    expect(items.map((item) => [item.userAgent, item.current])).toEqual([
      ['Phone Safari', true],
      ['Laptop Firefox', false],
      [expect.any(String), false],
    ]);
    const cookies = (await laptop.authHeaders()).cookie + (await phone.authHeaders()).cookie;
    for (const item of items) {
      expect(item.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(cookies).not.toContain(item.id);
      expect(Date.parse(item.lastSeenAt)).toBeGreaterThanOrEqual(Date.parse(item.createdAt));
    }
    expect((await sessions(laptop)).find((item) => item.current)?.userAgent).toBe('Laptop Firefox');
  });

  it('ends another of one’s sessions: its next request is 401, the caller stays', async () => {
    const researcher = await newResearcher(harness);
    const other = await signIn(harness, researcher.email, researcher.password, 'Other');
    const target = (await sessions(researcher.client)).find((item) => item.userAgent === 'Other')!;
    const reply = await researcher.client.delete(`/api/auth/sessions/${target.id}`);
    expect(reply.status).toBe(204);
    expect((await me(other)).status).toBe(401);
    expect((await me(researcher.client)).status).toBe(200);
    expect((await sessions(researcher.client)).map((item) => item.id)).not.toContain(target.id);
    const again = await researcher.client.delete<ErrorBody>(`/api/auth/sessions/${target.id}`);
    expect(again.status).toBe(404);

    const admin = harness.client();
    await admin.login(DEMO.admin);
    const audit = await admin.get<AuditEventList>(
      '/api/admin/audit?action=auth.session_revoked&limit=100',
    );
    const event = audit.body.items.find((item) => item.targetId === target.id);
    expect(event).toMatchObject({ actorId: researcher.id, details: { current: false } });
  });

  it('answers 404 for somebody else’s session and an unknown or malformed id, and ends nothing', async () => {
    const owner = await newResearcher(harness);
    const intruder = await newResearcher(harness);
    const [ownSession] = await sessions(owner.client);
    for (const id of [ownSession.id, '2f6b0c1e-8d4a-4c55-9a0e-5b1d7e3c9a42', 'not-a-session']) {
      const reply = await intruder.client.delete<ErrorBody>(`/api/auth/sessions/${id}`);
      expect(reply.status).toBe(404);
      expect(reply.body.code).toBe('NOT_FOUND');
    }
    expect((await me(owner.client)).status).toBe(200);
    expect((await me(intruder.client)).status).toBe(200);
  });

  it('ending the current session logs the caller out', async () => {
    const researcher = await newResearcher(harness);
    const [current] = await sessions(researcher.client);
    expect(current.current).toBe(true);
    expect((await researcher.client.delete(`/api/auth/sessions/${current.id}`)).status).toBe(204);
    expect(researcher.client.hasSession()).toBe(false);
    expect((await me(researcher.client)).status).toBe(401);
  });

  it('signs out everywhere else and keeps the caller’s session', async () => {
    const researcher = await newResearcher(harness);
    const others = [
      await signIn(harness, researcher.email, researcher.password, 'A'),
      await signIn(harness, researcher.email, researcher.password, 'B'),
    ];
    const bystander = await newResearcher(harness);
    expect((await researcher.client.delete('/api/auth/sessions')).status).toBe(204);
    for (const other of others) expect((await me(other)).status).toBe(401);
    expect((await me(researcher.client)).status).toBe(200);
    expect((await me(bystander.client)).status).toBe(200);
    const items = await sessions(researcher.client);
    expect(items).toHaveLength(1);
    expect(items[0].current).toBe(true);
  });

  it.each([DEMO.secretariat, DEMO.coordinatorDcb, DEMO.admin])(
    'shows %s their own sessions only',
    async (email) => {
      const client = harness.client();
      await client.login(email);
      const researcher = await newResearcher(harness);
      const items = await sessions(client);
      expect(items.length).toBeGreaterThanOrEqual(1);
      expect(items.filter((item) => item.current)).toHaveLength(1);
      const ids = items.map((item) => item.id);
      for (const theirs of await sessions(researcher.client)) expect(ids).not.toContain(theirs.id);
    },
  );

  it('ends a session SESSION_MAX_HOURS after its login, however active it is', async () => {
    const researcher = await newResearcher(harness);
    const fresh = await signIn(harness, researcher.email, researcher.password, 'Fresh');
    const old = (await sessions(researcher.client)).find((item) => item.current)!;
    await alterDatabase(
      harness,
      `UPDATE user_session SET created_at = created_at - interval '24 hours 1 minute'
       WHERE id = '${old.id}'`,
    );
    expect((await sessions(fresh)).map((item) => item.id)).not.toContain(old.id);
    expect((await me(researcher.client)).status).toBe(401);
    expect((await me(fresh)).status).toBe(200);
    // A new login starts a new session, with the token renewed as after any ended session.
    await researcher.client.get('/api/auth/csrf');
    await researcher.client.login(researcher.email, researcher.password);
    expect((await me(researcher.client)).status).toBe(200);
  });
});
