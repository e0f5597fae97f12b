import type {
  DigestRun,
  ErrorBody,
  InAppNotificationList,
  NotificationPreferences,
  Service,
  ServiceRequest,
  UnreadCount,
} from '@bgb/contracts';
import { type ApiProcess, HttpClient, type ReceivedMail, startApi } from '@bgb/test-support';
import { DEMO, type Harness, newResearcher, startHarness, submitRequest } from './support/harness';

/** The value of a header exactly as the mail carried it. */
function rawHeader(mail: ReceivedMail, name: string): string | undefined {
  const line = mail.parsed.headerLines.find((header) => header.key === name.toLowerCase());
  return line?.line.slice(line.line.indexOf(':') + 1).trim();
}

describe('notification preferences, in-app notifications and the daily digest', () => {
  let harness: Harness;
  let secretariat: HttpClient;
  let admin: HttpClient;
  let serviceId: string;

  beforeAll(async () => {
    harness = await startHarness();
    [secretariat, admin] = [harness.client(), harness.client()];
    await Promise.all([secretariat.login(DEMO.secretariat), admin.login(DEMO.admin)]);
    serviceId = (await harness.client().get<Service[]>('/api/services')).body[0].id;
  });
  afterAll(() => harness?.stop());

  const researcherNamed = async (name: string) => ({
    ...(await newResearcher(harness, { name, locale: 'en' })),
    name,
  });
  type Researcher = Awaited<ReturnType<typeof researcherNamed>>;

  const submit = (researcher: Researcher, title: string) =>
    submitRequest(researcher.client, serviceId, title);
  const transition = async (id: string, action: string, comment?: string) => {
    const { version } = (await secretariat.get<ServiceRequest>(`/api/requests/${id}`)).body;
    expect(
      (await secretariat.post(`/api/requests/${id}/transitions`, { action, comment, version }))
        .status,
    ).toBe(200);
  };
  const choose = (client: HttpClient, preferences: { kind: string; delivery: string }[]) =>
    client.put<NotificationPreferences>('/api/me/notification-preferences', { preferences });
  const deliveryOf = async (client: HttpClient, kind: string) =>
    (
      await client.get<NotificationPreferences>('/api/me/notification-preferences')
    ).body.preferences.find((p) => p.kind === kind)?.delivery;
  const mailsTo = (researcher: Researcher) =>
    harness.smtp.mails.filter((mail) => mail.to.includes(researcher.email));
  const inbox = (client: HttpClient, query = '') =>
    client.get<InAppNotificationList>(`/api/notifications${query}`);

  describe('preferences', () => {
    it('mails everything immediately until the user chooses otherwise, and marks the mandatory kinds', async () => {
      const researcher = await researcherNamed('Ada Default');
      const { body } = await researcher.client.get<NotificationPreferences>(
        '/api/me/notification-preferences',
      );
      expect(body.preferences).toEqual([
        { kind: 'question', delivery: 'immediate', mandatory: true },
        { kind: 'outcome', delivery: 'immediate', mandatory: true },
        { kind: 'progress', delivery: 'immediate', mandatory: false },
        { kind: 'message', delivery: 'immediate', mandatory: false },
        { kind: 'new_work', delivery: 'immediate', mandatory: false },
        { kind: 'case_update', delivery: 'immediate', mandatory: false },
      ]);
    });

    it('refuses to turn off a mandatory kind, naming it, and changes nothing else in the same call', async () => {
      const researcher = await researcherNamed('Bo Mandatory');
      const reply = await choose(researcher.client, [
        { kind: 'message', delivery: 'digest' },
        { kind: 'question', delivery: 'off' },
      ]);
      expect(reply.status).toBe(400);
      const error = reply.body as unknown as ErrorBody;
      expect(error.message).toContain('"question"');
      expect(error.details).toEqual([
        expect.objectContaining({
          field: 'preferences.1.delivery',
          code: 'mandatory_notification',
        }),
      ]);
      expect(await deliveryOf(researcher.client, 'message')).toBe('immediate');
      expect(await deliveryOf(researcher.client, 'question')).toBe('immediate');
    });

    it('keeps a choice and answers with every kind', async () => {
      const researcher = await researcherNamed('Cy Chooser');
      const reply = await choose(researcher.client, [{ kind: 'progress', delivery: 'digest' }]);
      expect(reply.status).toBe(200);
      expect(reply.body.preferences.find((p) => p.kind === 'progress')?.delivery).toBe('digest');
      expect(reply.body.preferences).toHaveLength(6);
    });

    it('needs a session', async () => {
      expect((await harness.client().get('/api/me/notification-preferences')).status).toBe(401);
    });
  });

  it('mails nothing of a kind that is off, yet lists it in the notification centre', async () => {
    const researcher = await researcherNamed('Di Silent');
    expect((await choose(researcher.client, [{ kind: 'progress', delivery: 'off' }])).status).toBe(
      200,
    );
    const request = await submit(researcher, 'Silent progress');
    await transition(request.id, 'start_triage');
    await transition(request.id, 'ask_researcher', 'Which cohort?');
    // The question is mandatory and queued after the progress mails: once it is here, they would be too.
    await harness.smtp.waitFor(
      (mail) =>
        mail.to.includes(researcher.email) &&
        mail.subject.includes('A question about your request'),
    );
    expect(mailsTo(researcher).map((mail) => mail.subject)).toEqual([
      `[${request.reference}] A question about your request`,
    ]);
    const { body } = await inbox(researcher.client);
    expect(body.items.map((item) => item.kind)).toEqual(['question', 'progress', 'progress']);
    expect(body.items[0].summary).toMatch(/ asks a question about your request “Silent progress”$/);
    expect(body.items[1].summary).toBe('Triage of your request “Silent progress” has started');
    expect(body.items[2]).toMatchObject({
      requestId: request.id,
      reference: request.reference,
      readAt: null,
    });
  });

  describe('one-click unsubscribe', () => {
    let researcher: Researcher;
    let receipt: ReceivedMail;
    let question: ReceivedMail;

    beforeAll(async () => {
      researcher = await researcherNamed('Eli Unsubscriber');
      const request = await submit(researcher, 'Unsubscribe me');
      await transition(request.id, 'start_triage');
      await transition(request.id, 'ask_researcher', 'Which cohort?');
      [receipt] = await harness.smtp.waitFor(
        (mail) => mail.to.includes(researcher.email) && mail.subject.includes('We have received'),
      );
      [question] = await harness.smtp.waitFor(
        (mail) => mail.to.includes(researcher.email) && mail.subject.includes('A question'),
      );
    });

    const unsubscribeUrl = () => {
      const header = rawHeader(receipt, 'List-Unsubscribe');
      expect(header).toMatch(/^<.*\/api\/unsubscribe\?token=[\w.-]+>$/);
      return header!.slice(1, -1);
    };

    it('is offered on an optional kind and never on a mandatory one', () => {
      expect(rawHeader(receipt, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
      expect(receipt.text).toMatch(
        /To stop mails of this kind: http:\/\/127\.0\.0\.1:\d+\/unsubscribe\?token=/,
      );
      expect(rawHeader(question, 'List-Unsubscribe')).toBeUndefined();
      expect(rawHeader(question, 'List-Unsubscribe-Post')).toBeUndefined();
      expect(question.text).not.toContain('stop mails');
    });

    it('changes nothing when the link is merely opened', async () => {
      const reply = await fetch(unsubscribeUrl());
      expect(reply.status).toBe(200);
      expect(await reply.json()).toEqual({ kind: 'progress' });
      expect(await deliveryOf(researcher.client, 'progress')).toBe('immediate');
    });

    it('turns the kind off when a mail client posts to it without session or CSRF token, and again harmlessly', async () => {
      for (let i = 0; i < 2; i++) {
        const reply = await fetch(unsubscribeUrl(), {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: 'List-Unsubscribe=One-Click',
        });
        expect(reply.status).toBe(204);
      }
      expect(await deliveryOf(researcher.client, 'progress')).toBe('off');
      expect(await deliveryOf(researcher.client, 'message')).toBe('immediate');
    });

    it('refuses a forged token', async () => {
      const forged = unsubscribeUrl().replace(/token=([\w-]+)\.[\w-]+/, 'token=$1.AAAA');
      const reply = await fetch(forged, { method: 'POST' });
      expect(reply.status).toBe(400);
      expect(await reply.json()).toMatchObject({
        code: 'VALIDATION_FAILED',
        details: [{ field: 'token', code: 'invalid_token' }],
      });
    });
  });

  describe('the notification centre', () => {
    let owner: Researcher;
    let other: Researcher;

    beforeAll(async () => {
      [owner, other] = [await researcherNamed('Fay Owner'), await researcherNamed('Gus Other')];
      const request = await submit(owner, 'Inbox request');
      await transition(request.id, 'start_triage');
      await submit(other, 'Other inbox');
    });

    it('lists only the caller’s own items, newest first, page by page', async () => {
      const first = await inbox(owner.client, '?limit=1');
      expect(first.body.items.map((item) => item.summary)).toEqual([
        'Triage of your request “Inbox request” has started',
      ]);
      expect(first.body.nextCursor).not.toBeNull();
      const second = await inbox(owner.client, `?limit=1&cursor=${first.body.nextCursor}`);
      expect(second.body.items.map((item) => item.summary)).toEqual([
        'We received your request “Inbox request”',
      ]);
      expect(second.body.nextCursor).toBeNull();
      expect((await inbox(other.client)).body.items.map((item) => item.summary)).toEqual([
        'We received your request “Other inbox”',
      ]);
      expect((await inbox(owner.client, '?cursor=garbage')).status).toBe(400);
    });

    it('counts unread items and marks one read, but not someone else’s', async () => {
      const count = async (client: HttpClient) =>
        (await client.get<UnreadCount>('/api/notifications/unread-count')).body.count;
      expect(await count(owner.client)).toBe(2);
      const [newest] = (await inbox(owner.client)).body.items;
      expect((await other.client.post(`/api/notifications/${newest.id}/read`)).status).toBe(404);
      expect((await other.client.post('/api/notifications/not-a-uuid/read')).status).toBe(404);
      expect(await count(owner.client)).toBe(2);
      expect((await owner.client.post(`/api/notifications/${newest.id}/read`)).status).toBe(204);
      expect(await count(owner.client)).toBe(1);
      const unread = (await inbox(owner.client, '?unread=true')).body.items;
      expect(unread.map((item) => item.summary)).toEqual([
        'We received your request “Inbox request”',
      ]);
      expect((await inbox(owner.client)).body.items[0].readAt).not.toBeNull();
    });

    it('marks all read for the caller only', async () => {
      expect((await owner.client.post('/api/notifications/read-all')).status).toBe(204);
      expect(
        (await owner.client.get<UnreadCount>('/api/notifications/unread-count')).body.count,
      ).toBe(0);
      expect(
        (await other.client.get<UnreadCount>('/api/notifications/unread-count')).body.count,
      ).toBe(1);
    });

    it('needs a session and a CSRF token like every other call', async () => {
      expect((await harness.client().get('/api/notifications')).status).toBe(401);
      expect(
        (await owner.client.post('/api/notifications/read-all', undefined, { csrf: false })).status,
      ).toBe(403);
    });
  });

  describe('the daily digest', () => {
    let researcher: Researcher;
    let request: ServiceRequest;
    let second: ApiProcess | undefined;

    beforeAll(async () => {
      researcher = await researcherNamed('Hal Digest');
      const reply = await choose(researcher.client, [
        { kind: 'progress', delivery: 'digest' },
        { kind: 'message', delivery: 'digest' },
      ]);
      expect(reply.status).toBe(200);
      request = await submit(researcher, 'Digest request');
      await transition(request.id, 'start_triage');
      expect(
        (
          await secretariat.post(`/api/requests/${request.id}/messages`, {
            body: 'We are on it.',
            internal: false,
          })
        ).status,
      ).toBe(201);
      // On PostgreSQL a second instance shares the database, as behind a load balancer.
      if (harness.database.kind === 'postgres') {
        second = await startApi({ SMTP_URL: harness.smtpUrl, ...harness.database.env });
      }
    });
    afterAll(() => second?.stop());

    it('holds the chosen kinds back instead of mailing them', async () => {
      expect(mailsTo(researcher)).toEqual([]);
      expect((await inbox(researcher.client)).body.items).toHaveLength(3);
    });

    it('sends one digest listing everything held, however many runs there are', async () => {
      const admins = [admin];
      if (second) {
        const otherAdmin = new HttpClient(second.baseUrl);
        await otherAdmin.login(DEMO.admin);
        admins.push(otherAdmin);
      }
      const runs = await Promise.all(
        [...admins, ...admins].map((client) =>
          client.post<DigestRun>('/api/admin/notification-digests'),
        ),
      );
      expect(runs.map((run) => run.status)).toEqual(runs.map(() => 200));
      expect(runs.reduce((sum, run) => sum + run.body.queued, 0)).toBe(1);
      const [digest] = await harness.smtp.waitFor((mail) => mail.to.includes(researcher.email));
      expect(digest.subject).toBe('Your daily summary from the BGB portal: 3 new');
      expect(digest.text).toContain(
        `[${request.reference}] We received your request “Digest request”`,
      );
      expect(digest.text).toContain(
        `[${request.reference}] Triage of your request “Digest request” has started`,
      );
      expect(digest.text).toMatch(/\] .* wrote about your request “Digest request”/);
      expect(digest.text).toContain(`/requests/${request.id}`);
      expect(digest.text).toMatch(
        /Open your notifications: http:\/\/127\.0\.0\.1:\d+\/notifications/,
      );
      // A digest is not a kind one can unsubscribe from: it follows the settings it links to.
      expect(rawHeader(digest, 'List-Unsubscribe')).toBeUndefined();

      expect((await admin.post<DigestRun>('/api/admin/notification-digests')).body.queued).toBe(0);
      await new Promise((resolve) => setTimeout(resolve, 1000));
      expect(mailsTo(researcher)).toHaveLength(1);
    });

    it('sends no second digest the same day: what arrives after it waits for the next', async () => {
      await transition(request.id, 'ask_researcher', 'Which cohort?');
      expect(
        (
          await secretariat.post(`/api/requests/${request.id}/messages`, {
            body: 'And one more thing.',
            internal: false,
          })
        ).status,
      ).toBe(201);
      await harness.smtp.waitFor(
        (mail) => mail.to.includes(researcher.email) && mail.subject.includes('A question'),
      );
      expect((await admin.post<DigestRun>('/api/admin/notification-digests')).body.queued).toBe(0);
      expect(mailsTo(researcher).map((mail) => mail.subject)).toEqual([
        'Your daily summary from the BGB portal: 3 new',
        `[${request.reference}] A question about your request`,
      ]);
    });

    it('may be started by administrators only', async () => {
      expect((await researcher.client.post('/api/admin/notification-digests')).status).toBe(403);
    });
  });
});
