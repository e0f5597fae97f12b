import type { OutboxMailList, Service, ServiceRequest } from '@bgb/contracts';
import {
  type ApiProcess,
  createTestDatabase,
  HttpClient,
  SmtpSink,
  startApi,
  startWorker,
  type TestDatabase,
  type WorkerProcess,
} from '@bgb/test-support';
import { DEMO, requestBody } from './support/harness';

/**
 * Several API instances and workers share one database only on PostgreSQL: the embedded
 * database's files belong to the one process that opened them.
 */
const onPostgres = !!process.env.DATABASE_URL;
const SKIPPED =
  'skipped on the embedded database, whose files one process owns: set DATABASE_URL to run it on PostgreSQL';
const describeOnPostgres = (name: string, fn: () => void) =>
  onPostgres ? describe(name, fn) : describe.skip(`${name} (${SKIPPED})`, fn);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Everything one test starts, stopped in reverse order whatever happened. */
class Processes {
  readonly smtp = new SmtpSink();
  smtpUrl = '';
  database?: TestDatabase;
  private readonly running: Array<ApiProcess | WorkerProcess> = [];

  async start(): Promise<Record<string, string>> {
    this.database = await createTestDatabase();
    this.smtpUrl = await this.smtp.start();
    return { ...this.database.env, SMTP_URL: this.smtpUrl };
  }

  async api(env: Record<string, string>): Promise<ApiProcess> {
    const api = await startApi(env);
    this.running.push(api);
    return api;
  }

  async worker(env: Record<string, string>): Promise<WorkerProcess> {
    const worker = await startWorker(env);
    this.running.push(worker);
    return worker;
  }

  async stop(): Promise<void> {
    for (const child of this.running.reverse()) await child.stop();
    await this.smtp.stop();
    await this.database?.drop();
  }
}

describeOnPostgres('two API instances and a worker on one PostgreSQL', () => {
  const processes = new Processes();
  afterAll(() => processes.stop());

  it('deliver the mails of 500 simultaneous submissions exactly once: 1,000 mails, no duplicates', async () => {
    const env = await processes.start();
    // One after the other: the first migrates and seeds the demo data, the second finds it done.
    const first = await processes.api(env);
    const second = await processes.api(env);
    await processes.worker(env);
    const clients = [new HttpClient(first.baseUrl), new HttpClient(second.baseUrl)];
    for (const client of clients) await client.login(DEMO.researcher);
    const serviceId = (await clients[0].get<Service[]>('/api/services')).body[0].id;

    const replies = await Promise.all(
      Array.from({ length: 500 }, (_, i) =>
        clients[i % 2].post<ServiceRequest>('/api/requests', requestBody(serviceId, `Load ${i}`)),
      ),
    );
    expect(replies.filter((reply) => reply.status !== 201).map((reply) => reply.body)).toEqual([]);
    const references = new Set(replies.map((reply) => reply.body.reference));
    const ours = (subject: string) => references.has(/^\[([^\]]+)\]/.exec(subject)?.[1] ?? '');

    await processes.smtp.waitFor((mail) => ours(mail.subject), 1_000, 120_000);
    // Time for a duplicate, if any deliverer were to send one, to arrive too.
    await sleep(2_000);
    const mine = processes.smtp.mails.filter((mail) => ours(mail.subject));
    expect(mine).toHaveLength(1_000);
    expect(new Set(mine.map((mail) => mail.messageId)).size).toBe(1_000);
    for (const reference of references) {
      expect(mine.filter((mail) => mail.subject.startsWith(`[${reference}]`))).toHaveLength(2);
    }
    const counts = [...processes.smtp.countByMessageId().values()];
    expect(counts.every((count) => count === 1)).toBe(true);
    // About 20 s on a quiet machine; CI runs it beside both databases' suites on two cores.
  }, 180_000);
});

describeOnPostgres('the per-domain rate limit', () => {
  const processes = new Processes();
  afterAll(() => processes.stop());

  it('holds across two workers, and an API with delivery off sends nothing itself', async () => {
    const env = {
      ...(await processes.start()),
      SECRETARIAT_EMAIL: 'intake@secretariat.example',
      MAIL_RATE_PER_DOMAIN_PER_MINUTE: '4',
    };
    const api = await processes.api({ ...env, MAIL_DELIVERY: 'off' });
    const researcher = new HttpClient(api.baseUrl);
    await researcher.login(DEMO.researcher);
    const serviceId = (await researcher.get<Service[]>('/api/services')).body[0].id;
    for (let i = 0; i < 6; i++)
      expect(
        (await researcher.post('/api/requests', requestBody(serviceId, `Rate ${i}`))).status,
      ).toBe(201);
    await sleep(1_500);
    expect(processes.smtp.mails).toHaveLength(0);

    const workers = [await processes.worker(env), await processes.worker(env)];
    const domainOf = (address: string) => address.split('@')[1];
    const arrived = (domain: string) =>
      processes.smtp.mails.filter((mail) => mail.to.some((to) => domainOf(to) === domain));
    await processes.smtp.waitFor(() => true, 8, 20_000);
    // Both workers poll every 100 ms: three seconds are thirty chances to exceed the limit.
    await sleep(3_000);
    expect(arrived('example.org')).toHaveLength(4);
    expect(arrived('secretariat.example')).toHaveLength(4);
    expect(processes.smtp.mails).toHaveLength(8);

    const admin = new HttpClient(api.baseUrl);
    await admin.login(DEMO.admin);
    const pending = (
      await admin.get<OutboxMailList>('/api/admin/notifications?status=pending&limit=100')
    ).body.items;
    expect(
      pending.filter((mail) => domainOf(mail.recipient) === 'example.org').length,
    ).toBeGreaterThan(0);
    expect(
      pending.filter((mail) => domainOf(mail.recipient) === 'secretariat.example').length,
    ).toBeGreaterThan(0);

    // SIGTERM: each worker finishes what it holds, gives the rest back and exits cleanly.
    for (const worker of workers) expect(await worker.stop()).toBe(0);
  });
});
