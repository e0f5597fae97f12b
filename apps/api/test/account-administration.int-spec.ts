import { createHash } from 'node:crypto';
import type {
  AdminUser,
  AdminUserList,
  ErrorBody,
  Invitation,
  InvitationList,
  InvitationPreview,
  OutboxMailList,
  Service,
  ServiceRequest,
  User,
} from '@bgb/contracts';
import { type HttpClient, queryDatabase, type ReceivedMail, startApi } from '@bgb/test-support';
import { DEMO, type Harness, newResearcher, startHarness, submitRequest } from './support/harness';

describe('administrators deactivate accounts and invite people', () => {
  let harness: Harness;
  let admin: HttpClient;
  let secretariat: HttpClient;
  let serviceId: string;
  beforeAll(async () => {
    // Many logins here; the limit itself is tested elsewhere.
    harness = await startHarness({ LOGIN_RATE_LIMIT: '1000' });
    admin = harness.client();
    secretariat = harness.client();
    await Promise.all([admin.login(DEMO.admin), secretariat.login(DEMO.secretariat)]);
    serviceId = (await harness.client().get<Service[]>('/api/services')).body[0].id;
  });
  afterAll(() => harness?.stop());

  const deactivate = (client: HttpClient, id: string) =>
    client.post<ErrorBody>(`/api/admin/users/${id}/deactivate`);
  const reactivate = (client: HttpClient, id: string) =>
    client.post<ErrorBody>(`/api/admin/users/${id}/reactivate`);
  const invite = (body: object) =>
    admin.post<Invitation & ErrorBody>('/api/admin/invitations', body);
  const pending = async () =>
    (await admin.get<InvitationList>('/api/admin/invitations')).body.items;
  const login = (email: string, password: string) =>
    harness.client().post<ErrorBody>('/api/auth/login', { email, password });

  async function adminView(email: string): Promise<AdminUser> {
    const reply = await admin.get<AdminUserList>(`/api/admin/users?q=${encodeURIComponent(email)}`);
    expect(reply.body.items).toHaveLength(1);
    return reply.body.items[0];
  }

  async function grantCoordinatorOfDcb(id: string) {
    const reply = await admin.put(`/api/admin/users/${id}/roles`, {
      roles: ['coordinator'],
      biobankCodes: ['DCB'],
    });
    expect(reply.status).toBe(200);
  }

  /** Until no mail has arrived for a while: the outbox has sent all it had. */
  async function settled() {
    for (;;) {
      const count = harness.smtp.mails.length;
      await new Promise((resolve) => setTimeout(resolve, 1500));
      if (harness.smtp.mails.length === count) return;
    }
  }

  const mailsTo = (address: string) =>
    harness.smtp.mails.filter((mail) => mail.to.some((to) => to.toLowerCase() === address));

  /** The invitation mail to this address, and the token of its link. */
  async function invitationMailTo(address: string): Promise<{ mail: ReceivedMail; token: string }> {
    const [mail] = await harness.smtp.waitFor(
      (candidate) =>
        candidate.to.includes(address) && candidate.text.includes('/invitation?token='),
    );
    const link = /(http\S+\/invitation\?token=[\w-]+)/.exec(mail.text)![1];
    expect(link.startsWith(`${harness.api.baseUrl}/invitation?token=`)).toBe(true);
    return { mail, token: new URL(link).searchParams.get('token')! };
  }

  let invited = 0;
  const newAddress = () => `invitee.${Date.now()}.${++invited}@example.org`;
  const acceptBody = (token: string) => ({
    token,
    name: 'Ida Invited',
    institution: 'Aarhus Universitetshospital',
    password: 'correct horse battery',
  });

  /** A request of a fresh researcher, routed to DCB by the secretariat. */
  async function routedToDcb(): Promise<ServiceRequest> {
    const researcher = await newResearcher(harness);
    const request = await submitRequest(researcher.client, serviceId, `Proteomics ${Date.now()}`);
    await triageAndRoute(request.id);
    return request;
  }

  async function triageAndRoute(id: string) {
    const version = async () =>
      (await secretariat.get<ServiceRequest>(`/api/requests/${id}`)).body.version;
    const started = await secretariat.post(`/api/requests/${id}/transitions`, {
      action: 'start_triage',
      version: await version(),
    });
    expect(started.status).toBe(200);
    const routed = await secretariat.post(`/api/requests/${id}/routings`, {
      biobankCodes: ['DCB'],
      version: await version(),
    });
    expect(routed.status).toBe(200);
  }

  describe('deactivation', () => {
    it('ends every session of the user at once: their next request gets 401', async () => {
      const user = await newResearcher(harness);
      const second = harness.client();
      await second.login(user.email, user.password);
      expect((await user.client.get('/api/auth/me')).status).toBe(200);

      expect((await deactivate(admin, user.id)).status).toBe(204);

      expect((await user.client.get('/api/auth/me')).status).toBe(401);
      expect((await second.get('/api/requests')).status).toBe(401);
      expect((await adminView(user.email)).deactivatedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    });

    it('refuses their login with exactly the reply of a wrong password', async () => {
      const user = await newResearcher(harness);
      const active = await newResearcher(harness);
      expect((await deactivate(admin, user.id)).status).toBe(204);

      const refused = await login(user.email, user.password);
      const wrongOfTheSame = await login(user.email, 'not the password at all');
      const wrongOfAnother = await login(active.email, 'not the password at all');
      expect(refused.status).toBe(401);
      expect(refused.body.code).toBe('INVALID_CREDENTIALS');
      for (const wrong of [wrongOfTheSame, wrongOfAnother]) {
        expect(wrong.status).toBe(refused.status);
        expect(JSON.stringify(wrong.body)).toBe(JSON.stringify(refused.body));
      }
    });

    it('lets them log in again once reactivated, with their roles as before', async () => {
      const user = await newResearcher(harness);
      await grantCoordinatorOfDcb(user.id);
      expect((await deactivate(admin, user.id)).status).toBe(204);
      expect((await reactivate(admin, user.id)).status).toBe(204);

      const client = harness.client();
      expect((await client.login(user.email, user.password)).status).toBe(200);
      expect((await client.get<User>('/api/auth/me')).body).toMatchObject({
        roles: ['coordinator'],
        biobankCodes: ['DCB'],
      });
      expect((await adminView(user.email)).deactivatedAt).toBeNull();
    });

    it('is idempotent both ways', async () => {
      const user = await newResearcher(harness);
      expect((await reactivate(admin, user.id)).status).toBe(204);
      expect((await deactivate(admin, user.id)).status).toBe(204);
      const first = (await adminView(user.email)).deactivatedAt;
      expect((await deactivate(admin, user.id)).status).toBe(204);
      expect((await adminView(user.email)).deactivatedAt).toBe(first);
    });

    it('sends a deactivated coordinator and researcher no mail, while the others get theirs', async () => {
      const coordinator = await newResearcher(harness);
      await grantCoordinatorOfDcb(coordinator.id);
      const researcher = await newResearcher(harness);
      const request = await submitRequest(researcher.client, serviceId, `Mute ${Date.now()}`);
      await settled();
      expect((await deactivate(admin, coordinator.id)).status).toBe(204);
      expect((await deactivate(admin, researcher.id)).status).toBe(204);

      await triageAndRoute(request.id);
      const message = await secretariat.post(`/api/requests/${request.id}/messages`, {
        body: 'Which sample types do you need?',
        internal: false,
      });
      expect(message.status).toBe(201);

      // The active coordinator of DCB hears of both: mail flows, just not to the deactivated.
      await harness.smtp.waitFor(
        (mail) =>
          mail.to.includes(DEMO.coordinatorDcb) &&
          mail.subject.startsWith(`[${request.reference}]`),
        2,
      );
      await settled();
      const about = (address: string) =>
        mailsTo(address).filter((mail) => mail.subject.startsWith(`[${request.reference}]`));
      expect(about(coordinator.email)).toHaveLength(0);
      expect(about(researcher.email).map((mail) => mail.subject)).toEqual([
        `[${request.reference}] Vi har modtaget din henvendelse`,
      ]);

      // Nor is anything waiting for them in the portal when they come back.
      expect((await reactivate(admin, researcher.id)).status).toBe(204);
      const back = harness.client();
      await back.login(researcher.email, researcher.password);
      const inApp = await back.get<{ items: { reference: string | null }[] }>('/api/notifications');
      expect(inApp.body.items.filter((item) => item.reference === request.reference)).toEqual([
        expect.anything(), // the receipt's, from before the deactivation
      ]);
    });

    it('refuses an administrator deactivating themself, and they stay active', async () => {
      const me = (await admin.get<User>('/api/auth/me')).body;
      const reply = await deactivate(admin, me.id);
      expect([409, 422]).toContain(reply.status);
      expect(reply.body.code).toBe('OWN_ACCOUNT');
      expect((await admin.get('/api/auth/me')).status).toBe(200);
      expect((await adminView(DEMO.admin)).deactivatedAt).toBeNull();
    });

    it('answers 404 for an unknown user', async () => {
      for (const id of ['9f0c6f0e-4a8e-4b0e-9d55-2d4b3a1c0e77', 'not-a-uuid']) {
        expect((await deactivate(admin, id)).status).toBe(404);
        expect((await reactivate(admin, id)).status).toBe(404);
      }
    });

    it('shows the state in the user list and filters by it', async () => {
      const word = `zq${Date.now().toString(36)}`;
      const off = await newResearcher(harness, { name: `Off ${word}` });
      const on = await newResearcher(harness, { name: `On ${word}` });
      expect((await deactivate(admin, off.id)).status).toBe(204);
      const ids = async (state: string) =>
        (await admin.get<AdminUserList>(`/api/admin/users?q=${word}${state}`)).body.items.map(
          (user) => user.id,
        );
      expect(await ids('')).toEqual([off.id, on.id]);
      expect(await ids('&state=deactivated')).toEqual([off.id]);
      expect(await ids('&state=active')).toEqual([on.id]);
      expect((await admin.get<ErrorBody>('/api/admin/users?state=asleep')).status).toBe(400);
    });
  });

  describe('only administrators administer accounts', () => {
    const someone = '9f0c6f0e-4a8e-4b0e-9d55-2d4b3a1c0e77';
    const calls: [string, string, object?][] = [
      ['POST', `/api/admin/users/${someone}/deactivate`],
      ['POST', `/api/admin/users/${someone}/reactivate`],
      ['GET', '/api/admin/invitations'],
      [
        'POST',
        '/api/admin/invitations',
        { email: 'x@example.org', roles: ['researcher'], biobankCodes: [] },
      ],
      ['DELETE', `/api/admin/invitations/${someone}`],
    ];

    it.each([DEMO.researcher, DEMO.secretariat, DEMO.coordinatorDcb])(
      '%s gets 403',
      async (email) => {
        const client = harness.client();
        await client.login(email);
        for (const [method, path, body] of calls)
          expect([method, path, (await client.send(method, path, body)).status]).toEqual([
            method,
            path,
            403,
          ]);
      },
    );

    it('an anonymous caller gets 401', async () => {
      const client = harness.client();
      for (const [method, path, body] of calls)
        expect([method, path, (await client.send(method, path, body)).status]).toEqual([
          method,
          path,
          401,
        ]);
    });
  });

  describe('invitations', () => {
    it('lets an invited coordinator of DCB set a password through the mail link, and act as coordinator', async () => {
      const email = newAddress();
      const request = await routedToDcb();
      const created = await invite({
        email: email.toUpperCase(),
        name: 'Ida',
        roles: ['coordinator'],
        biobankCodes: ['dcb'],
        locale: 'en',
      });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        email,
        name: 'Ida',
        roles: ['coordinator'],
        biobankCodes: ['DCB'],
        locale: 'en',
      });
      expect((await pending()).map((item) => item.id)).toContain(created.body.id);

      const { mail, token } = await invitationMailTo(email);
      expect(mail.subject).toBe('You are invited to the BGB Service Portal');
      expect(mail.text).toContain('as coordinator (Danish Cancer Biobank)');
      expect(mail.text).not.toMatch(/unsubscribe/i);
      // Administrators follow delivery without ever seeing the link.
      const outbox = await admin.get<OutboxMailList>('/api/admin/notifications?limit=100');
      expect(JSON.stringify(outbox.body)).not.toContain(token);

      const invitee = harness.client();
      const preview = await invitee.get<InvitationPreview>(`/api/invitations/${token}`);
      expect(preview.status).toBe(200);
      expect(preview.body).toEqual({
        email,
        name: 'Ida',
        roles: ['coordinator'],
        biobankCodes: ['DCB'],
      });

      const accepted = await invitee.post<User>('/api/invitations/accept', acceptBody(token));
      expect(accepted.status).toBe(201);
      expect(accepted.body).toMatchObject({
        email,
        name: 'Ida Invited',
        institution: 'Aarhus Universitetshospital',
        roles: ['coordinator'],
        biobankCodes: ['DCB'],
        locale: 'en',
      });
      expect((await invitee.get<User>('/api/auth/me')).body.id).toBe(accepted.body.id);
      const accept = await invitee.post(`/api/requests/${request.id}/routings/DCB/transitions`, {
        action: 'accept',
      });
      expect(accept.status).toBe(200);

      // The link works once; the invitation is no longer pending; the password logs in.
      for (const reply of [
        await harness.client().get<ErrorBody>(`/api/invitations/${token}`),
        await harness.client().post<ErrorBody>('/api/invitations/accept', acceptBody(token)),
      ]) {
        expect(reply.status).toBe(400);
        expect(reply.body.code).toBe('INVALID_TOKEN');
      }
      expect((await pending()).map((item) => item.id)).not.toContain(created.body.id);
      expect((await login(email, 'correct horse battery')).status).toBe(200);
    });

    it('gives a revoked invitation a dead link', async () => {
      const email = newAddress();
      const created = await invite({ email, roles: ['secretariat'], biobankCodes: [] });
      const { token } = await invitationMailTo(email);
      expect((await admin.send('DELETE', `/api/admin/invitations/${created.body.id}`)).status).toBe(
        204,
      );
      expect((await pending()).map((item) => item.id)).not.toContain(created.body.id);
      const reply = await harness
        .client()
        .post<ErrorBody>('/api/invitations/accept', acceptBody(token));
      expect(reply.status).toBe(400);
      expect(reply.body.code).toBe('INVALID_TOKEN');
      expect((await login(email, 'correct horse battery')).status).toBe(401);
      expect((await admin.send('DELETE', `/api/admin/invitations/${created.body.id}`)).status).toBe(
        404,
      );
    });

    it('replaces an earlier pending invitation of the same address', async () => {
      const email = newAddress();
      const first = await invite({ email, roles: ['researcher'], biobankCodes: [] });
      const { token: firstToken } = await invitationMailTo(email);
      const second = await invite({ email, roles: ['admin'], biobankCodes: [], locale: 'da' });
      expect(second.status).toBe(201);
      const mails = await harness.smtp.waitFor((mail) => mail.to.includes(email), 2);
      expect(mails[1].subject).toBe('Du er inviteret til BGB-serviceportalen');
      const ids = (await pending()).map((item) => item.id);
      expect(ids).toContain(second.body.id);
      expect(ids).not.toContain(first.body.id);
      expect((await harness.client().get(`/api/invitations/${firstToken}`)).status).toBe(400);
    });

    it('refuses an address that already has an account: 409 EMAIL_TAKEN, nothing stored or mailed', async () => {
      const before = await pending();
      const reply = await invite({
        email: DEMO.researcher.toUpperCase(),
        roles: ['secretariat'],
        biobankCodes: [],
      });
      expect(reply.status).toBe(409);
      expect(reply.body.code).toBe('EMAIL_TAKEN');
      expect(await pending()).toEqual(before);
    });

    it.each([
      [
        'an unknown biobank',
        { roles: ['coordinator'], biobankCodes: ['NOPE'] },
        422,
        'UNKNOWN_REFERENCE',
        'biobankCodes.0',
      ],
      [
        'an invalid role',
        { roles: ['superuser'], biobankCodes: [] },
        400,
        'VALIDATION_FAILED',
        'roles.0',
      ],
      ['no role', { roles: [], biobankCodes: [] }, 400, 'VALIDATION_FAILED', 'roles'],
      [
        'a coordinator without a biobank',
        { roles: ['coordinator'], biobankCodes: [] },
        400,
        'VALIDATION_FAILED',
        'biobankCodes',
      ],
      [
        'a bad e-mail address',
        { email: 'not an address', roles: ['researcher'], biobankCodes: [] },
        400,
        'VALIDATION_FAILED',
        'email',
      ],
      [
        'an unknown language',
        { roles: ['researcher'], biobankCodes: [], locale: 'fr' },
        400,
        'VALIDATION_FAILED',
        'locale',
      ],
    ])('refuses %s, storing and mailing nothing', async (_, body, status, code, field) => {
      const email = newAddress();
      const before = await pending();
      const reply = await invite({ email, ...body });
      expect(reply.status).toBe(status);
      expect(reply.body.code).toBe(code);
      expect(reply.body.details?.map((detail) => detail.field)).toContain(field);
      expect(await pending()).toEqual(before);
      await settled();
      expect(mailsTo(email)).toHaveLength(0);
    });

    it('refuses a bad acceptance field by field, and the link still works afterwards', async () => {
      const email = newAddress();
      await invite({ email, roles: ['researcher'], biobankCodes: [] });
      const { token } = await invitationMailTo(email);
      const reply = await harness.client().post<ErrorBody>('/api/invitations/accept', {
        token,
        name: ' ',
        institution: '',
        password: 'short',
      });
      expect(reply.status).toBe(400);
      expect(reply.body.details?.map((detail) => detail.field).sort()).toEqual([
        'institution',
        'name',
        'password',
      ]);
      expect((await harness.client().get(`/api/invitations/${token}`)).status).toBe(200);
      expect((await login(email, 'short')).status).toBe(401);
    });

    it('answers INVALID_TOKEN for a made-up token', async () => {
      for (const reply of [
        await harness.client().get<ErrorBody>('/api/invitations/made-up'),
        await harness.client().post<ErrorBody>('/api/invitations/accept', acceptBody('made-up')),
      ]) {
        expect(reply.status).toBe(400);
        expect(reply.body.code).toBe('INVALID_TOKEN');
      }
    });

    it('keeps only the hash of a token, lets a link expire, and audits every change', async () => {
      const email = newAddress();
      const created = await invite({ email, roles: ['researcher'], biobankCodes: [] });
      const { token } = await invitationMailTo(email);
      const revokedEmail = newAddress();
      const revoked = await invite({
        email: revokedEmail,
        roles: ['researcher'],
        biobankCodes: [],
      });
      await admin.send('DELETE', `/api/admin/invitations/${revoked.body.id}`);
      const acceptedEmail = newAddress();
      await invite({ email: acceptedEmail, roles: ['researcher'], biobankCodes: [] });
      const accepted = await harness
        .client()
        .post<User>(
          '/api/invitations/accept',
          acceptBody((await invitationMailTo(acceptedEmail)).token),
        );
      const gone = await newResearcher(harness);
      await harness.client().login(gone.email, gone.password);
      expect((await deactivate(admin, gone.id)).status).toBe(204);
      expect((await reactivate(admin, gone.id)).status).toBe(204);

      const port = new URL(harness.api.baseUrl).port;
      await harness.api.stop();
      try {
        // One statement: each query on the embedded database opens it anew.
        const [found] = await queryDatabase<{
          token_hash: string;
          stored: unknown;
          sessions: number;
          audit: { action: string; target_id: string }[];
        }>(
          harness.database,
          `WITH expired AS (
             UPDATE invitation SET expires_at = now() - interval '1 second'
             WHERE id = '${created.body.id}' RETURNING token_hash)
           SELECT (SELECT token_hash FROM expired) AS token_hash,
             (SELECT json_agg(i) FROM invitation i) AS stored,
             (SELECT count(*)::int FROM user_session WHERE user_id = '${gone.id}') AS sessions,
             (SELECT json_agg(json_build_object('action', action, 'target_id', target_id))
              FROM audit_event WHERE action LIKE 'user.%') AS audit`,
        );
        expect(found.token_hash).toBe(createHash('sha256').update(token).digest('hex'));
        expect(JSON.stringify(found.stored)).not.toContain(token);
        expect(found.sessions).toBe(0);
        expect(found.audit).toEqual(
          expect.arrayContaining([
            { action: 'user.deactivated', target_id: gone.id },
            { action: 'user.reactivated', target_id: gone.id },
            { action: 'user.invited', target_id: created.body.id },
            { action: 'user.invitation_accepted', target_id: accepted.body.id },
            { action: 'user.invitation_revoked', target_id: revoked.body.id },
          ]),
        );
      } finally {
        harness.api = await startApi({
          SMTP_URL: harness.smtpUrl,
          ATTACHMENTS_DIR: harness.attachmentsDir,
          LOGIN_RATE_LIMIT: '1000',
          PORT: port,
          ...harness.database.env,
        });
      }

      const reply = await harness
        .client()
        .post<ErrorBody>('/api/invitations/accept', acceptBody(token));
      expect(reply.status).toBe(400);
      expect(reply.body.code).toBe('INVALID_TOKEN');
      expect((await pending()).map((item) => item.id)).not.toContain(created.body.id);
    }, 120_000);
  });
});
