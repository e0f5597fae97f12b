import type {
  OutboxMail,
  OutboxMailList,
  ErrorBody,
  Service,
  ServiceRequest,
} from '@bgb/contracts';
import { type HttpClient, startApi } from '@bgb/test-support';
import { DEMO, type Harness, startHarness, submitRequest } from './support/harness';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until the outbox has nothing pending (demo mode's seeded requests bring mails). */
async function drained(admin: HttpClient): Promise<void> {
  for (let i = 0; i < 150; i++) {
    const { items } = (await admin.get<OutboxMailList>('/api/admin/notifications?status=pending'))
      .body;
    if (items.length === 0) return;
    await sleep(200);
  }
  throw new Error('The outbox did not drain');
}

/** A running API whose demo mails are out of the way, with the admin and the researcher logged in. */
async function quietHarness(env: Record<string, string> = {}) {
  const harness = await startHarness(env);
  const admin = harness.client();
  await admin.login(DEMO.admin);
  await drained(admin);
  harness.smtp.clear();
  const researcher = harness.client();
  await researcher.login(DEMO.researcher);
  const serviceId = (await researcher.get<Service[]>('/api/services')).body[0].id;
  return { harness, admin, researcher, serviceId };
}

/** Each submission mails a receipt to the researcher and a notice to the secretariat's mailbox. */
const MAILS_PER_SUBMISSION = 2;

describe('an SMTP outage delays mail, never loses or doubles it', () => {
  let harness: Harness;
  afterAll(() => harness?.stop());

  it('delivers everything exactly once when the SMTP server is back', async () => {
    const setup = await quietHarness();
    harness = setup.harness;
    const { admin, researcher, serviceId } = setup;
    harness.smtp.refuse();
    const requests: ServiceRequest[] = [];
    for (let i = 0; i < 5; i++)
      requests.push(await submitRequest(researcher, serviceId, `Outage ${i}`));
    // Long enough for the first attempts (polled every 100 ms) to fail against the refusing server.
    await sleep(2_000);
    expect(harness.smtp.mails).toHaveLength(0);

    const pending = (await admin.get<OutboxMailList>('/api/admin/notifications?status=pending'))
      .body.items;
    expect(pending).toHaveLength(requests.length * MAILS_PER_SUBMISSION);
    expect(
      pending.every((mail) => mail.attempts >= 1 && /try again later/.test(mail.lastError ?? '')),
    ).toBe(true);

    harness.smtp.refuse(false);
    // The first retry comes after about 5 s (exponential backoff with jitter).
    await harness.smtp.waitFor(() => true, requests.length * MAILS_PER_SUBMISSION, 30_000);
    await sleep(1_500);
    const counts = harness.smtp.countByMessageId();
    expect(counts.size).toBe(requests.length * MAILS_PER_SUBMISSION);
    expect([...counts.values()].every((count) => count === 1)).toBe(true);
    for (const request of requests) {
      expect(
        harness.smtp.mails.filter((mail) => mail.subject.includes(request.reference)),
      ).toHaveLength(MAILS_PER_SUBMISSION);
    }
  });
});

describe('an API killed in the middle of delivery', () => {
  let harness: Harness;
  afterAll(() => harness?.stop());

  it('loses nothing after a restart on the same database, and sends only the mails in flight once more at most', async () => {
    // A short lease, so the restarted API takes over the dead one's mails within seconds.
    const env = { MAIL_LEASE_SECONDS: '3' };
    const setup = await quietHarness(env);
    harness = setup.harness;
    const { researcher, serviceId } = setup;
    harness.smtp.replyDelayMs = 1_500;
    const requests: ServiceRequest[] = [];
    for (let i = 0; i < 4; i++)
      requests.push(await submitRequest(researcher, serviceId, `Crash ${i}`));

    const deadline = Date.now() + 15_000;
    while (harness.smtp.unanswered.size === 0 && Date.now() < deadline) await sleep(20);
    // In flight at the kill: unanswered just before it, or taken in while it happened (a mail
    // stays unanswered for the whole reply delay, far longer than the kill takes).
    const inFlight = new Set(harness.smtp.unanswered);
    expect(inFlight.size).toBeGreaterThan(0);
    await harness.api.stop('SIGKILL');
    for (const id of harness.smtp.unanswered) inFlight.add(id);
    harness.smtp.replyDelayMs = 0;

    harness.api = await startApi({ SMTP_URL: harness.smtpUrl, ...harness.database.env, ...env });
    const expected = requests.length * MAILS_PER_SUBMISSION;
    await harness.smtp.waitFor(() => true, expected, 30_000);
    const admin = harness.client();
    await admin.login(DEMO.admin);
    await drained(admin);
    const sent = (await admin.get<OutboxMailList>('/api/admin/notifications?status=sent&limit=100'))
      .body.items;
    const ours = sent.filter((mail) =>
      requests.some((request) => mail.subject.includes(request.reference)),
    );
    expect(ours).toHaveLength(expected);

    const counts = harness.smtp.countByMessageId();
    expect(counts.size).toBe(expected);
    const duplicated = [...counts].filter(([, count]) => count > 1);
    expect(duplicated.every(([id, count]) => count === 2 && inFlight.has(id))).toBe(true);
    // Two API starts and twenty mails, with an SMTP server that answers slowly on purpose.
  }, 180_000);
});

describe('a slow SMTP server', () => {
  let harness: Harness;
  afterAll(() => harness?.stop());

  it('does not make a lease run out under a live worker: each mail still goes once', async () => {
    // Each answer takes longer than the whole lease; without renewal the mails would be claimed again.
    const setup = await quietHarness({ MAIL_LEASE_SECONDS: '3' });
    harness = setup.harness;
    harness.smtp.replyDelayMs = 5_000;
    const request = await submitRequest(setup.researcher, setup.serviceId, 'Slow server');

    await harness.smtp.waitFor(
      (mail) => mail.subject.includes(request.reference),
      MAILS_PER_SUBMISSION,
      30_000,
    );
    await drained(setup.admin);
    // Past a second lease, had the first one lapsed.
    await sleep(4_000);
    const counts = harness.smtp.countByMessageId();
    expect(counts.size).toBe(MAILS_PER_SUBMISSION);
    expect([...counts.values()]).toEqual([1, 1]);
  });
});

describe('a mail that failed for good', () => {
  let harness: Harness;
  let admin: HttpClient;
  let researcher: HttpClient;
  let serviceId: string;
  beforeAll(async () => {
    ({ harness, admin, researcher, serviceId } = await quietHarness({ MAIL_MAX_ATTEMPTS: '1' }));
  });
  afterAll(() => harness?.stop());

  it('is shown to admins with its last error and goes out after one click on resend', async () => {
    harness.smtp.refuse();
    const request = await submitRequest(researcher, serviceId, 'Refused mail');

    let failed: OutboxMail[] = [];
    for (let i = 0; i < 100 && failed.length < MAILS_PER_SUBMISSION; i++) {
      await sleep(200);
      failed = (await admin.get<OutboxMailList>('/api/admin/notifications?status=failed')).body
        .items;
    }
    expect(failed).toHaveLength(MAILS_PER_SUBMISSION);
    const receipt = failed.find((mail) => mail.recipient === DEMO.researcher);
    expect(receipt).toMatchObject({
      kind: expect.any(String),
      attempts: 1,
      status: 'failed',
      sentAt: null,
    });
    expect(receipt?.subject).toContain(request.reference);
    expect(receipt?.lastError).toMatch(/try again later/);
    expect(harness.smtp.mails).toHaveLength(0);

    harness.smtp.refuse(false);
    const resent = await admin.post<OutboxMail>(`/api/admin/notifications/${receipt?.id}/resend`);
    expect(resent.status).toBe(200);
    expect(resent.body).toMatchObject({ id: receipt?.id, status: 'pending', attempts: 0 });
    const [mail] = await harness.smtp.waitFor((m) => m.to.includes(DEMO.researcher));
    expect(mail.subject).toContain(request.reference);

    let after: OutboxMail | undefined;
    for (let i = 0; i < 50 && after?.status !== 'sent'; i++) {
      after = (
        await admin.get<OutboxMailList>('/api/admin/notifications?status=sent')
      ).body.items.find((m) => m.id === receipt?.id);
      if (after?.status !== 'sent') await sleep(100);
    }
    expect(after).toMatchObject({ status: 'sent', attempts: 1, lastError: null });
    // Only the one resent: the other failed mail stays failed.
    const stillFailed = (await admin.get<OutboxMailList>('/api/admin/notifications?status=failed'))
      .body.items;
    expect(stillFailed.map((m) => m.id)).toEqual(
      failed.filter((m) => m.id !== receipt?.id).map((m) => m.id),
    );
  });

  it('cannot be resent unless it failed, and an unknown one is 404', async () => {
    const sent = (await admin.get<OutboxMailList>('/api/admin/notifications?status=sent')).body
      .items[0];
    const conflict = await admin.post<ErrorBody>(`/api/admin/notifications/${sent.id}/resend`);
    expect(conflict.status).toBe(409);
    expect(conflict.body.code).toBe('NOTIFICATION_NOT_FAILED');
    expect(
      (await admin.post(`/api/admin/notifications/00000000-0000-4000-8000-000000000000/resend`))
        .status,
    ).toBe(404);
    expect((await admin.post(`/api/admin/notifications/not-an-id/resend`)).status).toBe(404);
  });

  it('lists newest first a page at a time, and rejects a bad status or cursor field by field', async () => {
    const all = (await admin.get<OutboxMailList>('/api/admin/notifications')).body.items;
    const pages: OutboxMail[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `&cursor=${cursor}` : '';
      const page: OutboxMailList = (
        await admin.get<OutboxMailList>(`/api/admin/notifications?limit=1${query}`)
      ).body;
      pages.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    expect(pages.map((m) => m.id)).toEqual(all.map((m) => m.id));
    const created = all.map((m) => m.createdAt);
    expect(created).toEqual([...created].sort().reverse());

    const badStatus = await admin.get<ErrorBody>('/api/admin/notifications?status=lost');
    expect(badStatus.status).toBe(400);
    expect(badStatus.body.details?.[0].field).toBe('status');
    const badCursor = await admin.get<ErrorBody>('/api/admin/notifications?cursor=nonsense');
    expect(badCursor.status).toBe(400);
    expect(badCursor.body.details?.[0].field).toBe('cursor');
  });

  it('is for administrators only', async () => {
    const anyId = (await admin.get<OutboxMailList>('/api/admin/notifications')).body.items[0].id;
    const anonymous = harness.client();
    expect((await anonymous.get('/api/admin/notifications')).status).toBe(401);
    expect((await anonymous.post(`/api/admin/notifications/${anyId}/resend`)).status).toBe(401);
    for (const email of [DEMO.researcher, DEMO.secretariat, DEMO.coordinatorDcb]) {
      const client = harness.client();
      await client.login(email);
      expect((await client.get('/api/admin/notifications')).status).toBe(403);
      expect((await client.post(`/api/admin/notifications/${anyId}/resend`)).status).toBe(403);
    }
  });
});
