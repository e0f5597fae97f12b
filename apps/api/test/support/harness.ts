import type { ServiceRequest } from '@bgb/contracts';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type ApiProcess,
  createTestDatabase,
  HttpClient,
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
  let api: ApiProcess;
  try {
    api = await startApi({
      SMTP_URL: smtpUrl,
      ATTACHMENTS_DIR: attachmentsDir,
      ...database.env,
      ...env,
    });
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
    client: () => new HttpClient(harness.api.baseUrl),
    async stop() {
      await harness.api.stop();
      await cleanUp();
    },
  };
  return harness;
}

export const DEMO = {
  researcher: 'researcher@example.org',
  secretariat: 'secretariat@example.org',
  coordinatorDcb: 'coordinator.dcb@example.org',
  coordinatorDrb: 'coordinator.drb@example.org',
  admin: 'admin@example.org',
  password: 'Biobank-demo-2026',
};

let counter = 0;
/** A researcher nobody else uses, so tests never share mutable accounts. */
export async function newResearcher(
  harness: Harness,
  overrides: Partial<{ name: string; institution: string; locale: 'da' | 'en' }> = {},
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
