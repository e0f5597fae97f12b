import type { ServiceRequest } from '@bgb/contracts';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type ApiProcess,
  createTestDatabase,
  HttpClient,
  queryDatabase,
  type ReceivedMail,
  SmtpSink,
  startApi,
  type TestDatabase,
} from '@bgb/test-support';

export interface Harness {
  /** Replace it to restart the API on the same database; `client` and `stop` follow. */
  api: ApiProcess;
  smtp: SmtpSink;
  /** Where a further API instance on the same database delivers its mail. */
  smtpUrl: string;
  database: TestDatabase;
  /** Where this API keeps uploaded files; a fresh folder for each harness. */
  attachmentsDir: string;
  /** Everything the API was started with, to start it again alike. */
  env: Record<string, string>;
  client(): HttpClient;
  stop(): Promise<void>;
}

/** A running API on its own fresh database, delivering mail to an in-process SMTP server. */
export async function startHarness(env: Record<string, string> = {}): Promise<Harness> {
  const database = await createTestDatabase();
  const smtp = new SmtpSink();
  const smtpUrl = await smtp.start();
  const attachmentsDir = await mkdtemp(join(tmpdir(), 'bgb-attachments-'));
  const cleanUp = async () => {
    await smtp.stop();
    await database.drop();
    await rm(attachmentsDir, { recursive: true, force: true });
  };
  const apiEnv = { SMTP_URL: smtpUrl, ATTACHMENTS_DIR: attachmentsDir, ...database.env, ...env };
  let api: ApiProcess;
  try {
    api = await startApi(apiEnv);
  } catch (error) {
    // Nothing may stay open when the API cannot start, or the test run would never end.
    await cleanUp();
    throw error;
  }
  const harness: Harness = {
    api,
    smtp,
    smtpUrl,
    database,
    attachmentsDir,
    env: apiEnv,
    client: () => new HttpClient(harness.api.baseUrl),
    async stop() {
      await harness.api.stop();
      await cleanUp();
    },
  };
  return harness;
}

/**
 * Changes the database under a running API, e.g. to move a token's times into the past. On
 * PostgreSQL beside the API; the embedded database takes one process only, so there the API
 * stops and starts again at the same address (sessions live in the database and survive).
 */
export async function alterDatabase(harness: Harness, sql: string): Promise<void> {
  if (harness.database.kind === 'postgres') {
    await queryDatabase(harness.database, sql);
    return;
  }
  const port = new URL(harness.api.baseUrl).port;
  await harness.api.stop();
  try {
    await queryDatabase(harness.database, sql);
  } finally {
    harness.api = await startApi({ ...harness.env, PORT: port });
  }
}

export const DEMO = {
  researcher: 'researcher@example.org',
  secretariat: 'secretariat@example.org',
  coordinatorDcb: 'coordinator.dcb@example.org',
  coordinatorDrb: 'coordinator.drb@example.org',
  admin: 'admin@example.org',
  password: 'Biobank-demo-2026',
};

/** The token of the newest link to this page in a mail to `email`; waits for the mail. */
export async function mailedToken(
  harness: Harness,
  email: string,
  page: 'verify-email' | 'reset-password',
): Promise<{ token: string; mail: ReceivedMail }> {
  const pattern = new RegExp(`/${page}\\?token=([\\w-]+)`);
  const mails = await harness.smtp.waitFor(
    (mail) => mail.to.includes(email) && pattern.test(mail.text),
  );
  const mail = mails[mails.length - 1];
  return { token: pattern.exec(mail.text)![1], mail };
}

let counter = 0;
/**
 * A researcher nobody else uses, so tests never share mutable accounts. They verify their
 * address through the mailed link as a person would; that mail is then forgotten, so tests
 * count only the mails they cause. `verify: false` leaves the address unverified (and is the
 * only choice when the API runs with verification off, which mails no link).
 */
export async function newResearcher(
  harness: Harness,
  overrides: Partial<{ name: string; institution: string; locale: 'da' | 'en' }> = {},
  { verify = true }: { verify?: boolean } = {},
) {
  const client = harness.client();
  const email = `researcher.${Date.now()}.${++counter}@example.org`;
  const body = {
    name: 'Test Researcher',
    email,
    password: 'correct horse battery',
    institution: 'Rigshospitalet',
    ...overrides,
  };
  const reply = await client.post<{ id: string }>('/api/auth/register', body);
  if (reply.status !== 201)
    throw new Error(`register failed: ${reply.status} ${JSON.stringify(reply.body)}`);
  if (verify) {
    const { token, mail } = await mailedToken(harness, email, 'verify-email');
    const verified = await client.post('/api/auth/verify-email', { token });
    if (verified.status !== 204)
      throw new Error(`verify-email failed: ${verified.status} ${JSON.stringify(verified.body)}`);
    harness.smtp.mails.splice(harness.smtp.mails.indexOf(mail), 1);
  }
  return { client, email, id: reply.body.id, password: body.password };
}

/** What a researcher fills in for a request to the Danish Cancer Biobank, with this title. */
export function requestBody(serviceId: string, title: string) {
  return {
    title,
    serviceId,
    biobankCodes: ['DCB'],
    projectDescription: 'Plasma proteomics in 400 patients.',
    principalInvestigator: 'PI',
    institution: 'DTU',
  };
}

/** Submits such a request as the client's user; anything but 201 fails the test at once. */
export async function submitRequest(
  client: HttpClient,
  serviceId: string,
  title: string,
): Promise<ServiceRequest> {
  const reply = await client.post<ServiceRequest>('/api/requests', requestBody(serviceId, title));
  if (reply.status !== 201)
    throw new Error(`submit failed: ${reply.status} ${JSON.stringify(reply.body)}`);
  return reply.body;
}
