import type { CurrentUser, Draft, ErrorBody, RequestList, Service } from '@bgb/contracts';
import type { HttpClient } from '@bgb/test-support';
import {
  alterDatabase,
  DEMO,
  type Harness,
  mailedToken,
  newResearcher,
  requestBody,
  startHarness,
} from './support/harness';

const me = async (client: HttpClient) => (await client.get<CurrentUser>('/api/auth/me')).body;
const requests = async (client: HttpClient) =>
  (await client.get<RequestList>('/api/requests?limit=100')).body.items;

describe('e-mail verification: a researcher proves the address is theirs before submitting', () => {
  let harness: Harness;
  let serviceId: string;
  beforeAll(async () => {
    harness = await startHarness();
    serviceId = (await harness.client().get<Service[]>('/api/services')).body[0].id;
  });
  afterAll(() => harness?.stop());

  it('mails a link in the researcher’s language on registration; opening it verifies the address, also twice', async () => {
    const researcher = await newResearcher(harness, { locale: 'en' }, { verify: false });
    expect(await me(researcher.client)).toMatchObject({
      emailVerified: false,
      emailVerificationRequired: true,
    });
    const { token, mail } = await mailedToken(harness, researcher.email, 'verify-email');
    expect(mail.subject).toBe('Confirm your e-mail address for the BGB Service Portal');
    expect(mail.text).toContain(`${harness.api.baseUrl}/verify-email?token=${token}`);
    expect(mail.html).toContain(`/verify-email?token=${token}`);
    // No unsubscribe for a mail about one's own account.
    expect(mail.parsed.headers.has('list-unsubscribe')).toBe(false);
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);

    expect((await researcher.client.post('/api/auth/verify-email', { token })).status).toBe(204);
    expect(await me(researcher.client)).toMatchObject({
      emailVerified: true,
      emailVerificationRequired: false,
    });
    // A mail scanner or a second click opens the link again: still fine.
    expect((await researcher.client.post('/api/auth/verify-email', { token })).status).toBe(204);
  });

  it('mails Danish to a Danish researcher, and the link works logged out in another browser', async () => {
    const researcher = await newResearcher(harness, { locale: 'da' }, { verify: false });
    const { token, mail } = await mailedToken(harness, researcher.email, 'verify-email');
    expect(mail.subject).toBe('Bekræft din e-mailadresse til BGB-serviceportalen');
    expect(mail.text).toContain('Kære Test Researcher');
    const elsewhere = harness.client();
    expect((await elsewhere.post('/api/auth/verify-email', { token })).status).toBe(204);
    expect((await elsewhere.get('/api/auth/me')).status).toBe(401);
    expect((await me(researcher.client)).emailVerified).toBe(true);
  });

  it.each([
    ['an unknown token', { token: 'x'.repeat(43) }, 400, 'INVALID_TOKEN'],
    ['an empty token', { token: '' }, 400, 'VALIDATION_FAILED'],
    ['no token', {}, 400, 'VALIDATION_FAILED'],
  ])('refuses %s and verifies nothing', async (_case, body, status, code) => {
    const researcher = await newResearcher(harness, {}, { verify: false });
    const reply = await harness.client().post<ErrorBody>('/api/auth/verify-email', body);
    expect(reply.status).toBe(status);
    expect(reply.body.code).toBe(code);
    expect((await me(researcher.client)).emailVerified).toBe(false);
  });

  it('lets an unverified researcher write a draft but not submit it or a request, and says why', async () => {
    const researcher = await newResearcher(harness, {}, { verify: false });
    const direct = await researcher.client.post<ErrorBody>(
      '/api/requests',
      requestBody(serviceId, 'Too early'),
    );
    expect(direct.status).toBe(403);
    expect(direct.body).toMatchObject({ statusCode: 403, code: 'EMAIL_NOT_VERIFIED' });
    const draft = await researcher.client.post<Draft>('/api/drafts', { title: 'Half an idea' });
    expect(draft.status).toBe(201);
    const submitted = await researcher.client.post<ErrorBody>(
      `/api/drafts/${draft.body.id}/submit`,
      { version: draft.body.version },
    );
    expect(submitted.status).toBe(403);
    expect(submitted.body.code).toBe('EMAIL_NOT_VERIFIED');
    expect(await requests(researcher.client)).toHaveLength(0);

    const { token } = await mailedToken(harness, researcher.email, 'verify-email');
    await researcher.client.post('/api/auth/verify-email', { token });
    const after = await researcher.client.post('/api/requests', requestBody(serviceId, 'Now'));
    expect(after.status).toBe(201);
  });

  it('mails a new link on request, and none once the address is verified', async () => {
    const researcher = await newResearcher(harness, {}, { verify: false });
    const first = await mailedToken(harness, researcher.email, 'verify-email');
    expect((await researcher.client.post('/api/auth/verify-email/resend')).status).toBe(202);
    await harness.smtp.waitFor((mail) => mail.to.includes(researcher.email), 2);
    const second = await mailedToken(harness, researcher.email, 'verify-email');
    expect(second.token).not.toBe(first.token);
    expect(
      (await researcher.client.post('/api/auth/verify-email', { token: second.token })).status,
    ).toBe(204);
    expect((await me(researcher.client)).emailVerified).toBe(true);

    expect((await researcher.client.post('/api/auth/verify-email/resend')).status).toBe(202);
    expect((await harness.client().post('/api/auth/verify-email/resend')).status).toBe(401);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(harness.smtp.mails.filter((mail) => mail.to.includes(researcher.email))).toHaveLength(2);
  });

  it('refuses a link older than 48 hours, and the address stays unverified', async () => {
    const researcher = await newResearcher(harness, {}, { verify: false });
    const { token } = await mailedToken(harness, researcher.email, 'verify-email');
    await alterDatabase(
      harness,
      `UPDATE account_token SET created_at = created_at - interval '48 hours 1 minute',
         expires_at = expires_at - interval '48 hours 1 minute'
       WHERE user_id = '${researcher.id}'`,
    );
    const reply = await researcher.client.post<ErrorBody>('/api/auth/verify-email', { token });
    expect(reply.status).toBe(400);
    expect(reply.body.code).toBe('INVALID_TOKEN');
    expect((await me(researcher.client)).emailVerified).toBe(false);
  });

  it('never shows administrators the link: the outbox list carries no token', async () => {
    const researcher = await newResearcher(harness, {}, { verify: false });
    const { token } = await mailedToken(harness, researcher.email, 'verify-email');
    const admin = harness.client();
    await admin.login(DEMO.admin);
    const outbox = await admin.get('/api/admin/notifications?limit=100');
    expect(outbox.status).toBe(200);
    expect(JSON.stringify(outbox.body)).toContain(researcher.email);
    expect(JSON.stringify(outbox.body)).not.toContain(token);
  });

  it('counts the demo accounts as verified', async () => {
    const client = harness.client();
    await client.login(DEMO.researcher);
    expect((await me(client)).emailVerified).toBe(true);
  });
});

describe('with EMAIL_VERIFICATION=off (accounts from institutional sign-in or invitations)', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness({ EMAIL_VERIFICATION: 'off' });
  });
  afterAll(() => harness?.stop());

  it('mails no link and lets an unverified researcher submit', async () => {
    const researcher = await newResearcher(harness, {}, { verify: false });
    const serviceId = (await harness.client().get<Service[]>('/api/services')).body[0].id;
    // Nothing for the portal to ask of them.
    expect(await me(researcher.client)).toMatchObject({
      emailVerified: false,
      emailVerificationRequired: false,
    });
    const reply = await researcher.client.post('/api/requests', requestBody(serviceId, 'Open'));
    expect(reply.status).toBe(201);
    await harness.smtp.waitFor((mail) => mail.to.includes(researcher.email));
    expect(
      harness.smtp.mails.filter(
        (mail) => mail.to.includes(researcher.email) && mail.text.includes('/verify-email'),
      ),
    ).toHaveLength(0);
  });
});
