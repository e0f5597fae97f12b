import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Biobank, CaughtMail, ErrorBody, Service } from '@bgb/contracts';
import {
  createTestDatabase,
  HttpClient,
  queryDatabase,
  runMigrate,
  startApi,
} from '@bgb/test-support';
import { DEMO, type Harness, startHarness } from './support/harness';

describe('the platform around the journey', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(() => harness?.stop());

  it('reports health with the database', async () => {
    const reply = await harness.client().get('/api/health');
    expect(reply).toMatchObject({ status: 200, body: { status: 'ok', database: 'up' } });
  });

  it('serves the catalogue in Danish and English without a login', async () => {
    const client = harness.client();
    const biobanks = (await client.get<Biobank[]>('/api/biobanks')).body;
    expect(biobanks.map((b) => b.code)).toEqual(['DCB', 'DRB', 'DGB', 'DBB', 'PATO']);
    expect(biobanks[0].name).toEqual({ da: 'Danske Cancer Biobank', en: 'Danish Cancer Biobank' });
    const services = (await client.get<Service[]>('/api/services')).body;
    expect(services).toHaveLength(7);
    expect(services[0]).toMatchObject({
      slug: 'biomarker-development',
      name: { en: 'Biomarker development support' },
    });
  });

  it('documents the API in OpenAPI', async () => {
    const doc = (await harness.client().get<{ paths: Record<string, unknown> }>('/api/docs-json'))
      .body;
    for (const path of [
      '/api/auth/register',
      '/api/auth/login',
      '/api/requests',
      '/api/requests/{id}/transitions',
      '/api/health',
    ]) {
      expect(doc.paths).toHaveProperty([path]);
    }
  });

  it('answers an unknown API path with the JSON error shape', async () => {
    const reply = await harness.client().get<ErrorBody>('/api/no-such-thing');
    expect(reply.status).toBe(404);
    expect(reply.body).toEqual({
      statusCode: 404,
      error: 'Not Found',
      code: 'NOT_FOUND',
      message: 'Not found',
    });
  });

  it('keeps the demo mail catcher closed when real SMTP is configured, and to non-admins', async () => {
    const admin = harness.client();
    await admin.login(DEMO.admin);
    expect((await admin.get('/api/admin/mails')).status).toBe(404);
    const researcher = harness.client();
    await researcher.login(DEMO.researcher);
    expect((await researcher.get('/api/admin/mails')).status).toBe(403);
  });
});

describe('health when the database goes away', () => {
  // Only a PostgreSQL server can be taken away from under a running API.
  const onPostgres = process.env.DATABASE_URL ? it : it.skip;

  onPostgres('answers 503 when the database is down', async () => {
    const database = await createTestDatabase();
    const api = await startApi({ ...database.env });
    try {
      await database.drop();
      const reply = await fetch(`${api.baseUrl}/api/health`);
      expect(reply.status).toBe(503);
      expect(await reply.json()).toEqual({ status: 'error', database: 'down' });
    } finally {
      await api.stop();
    }
  });
});

describe('demo mode without SMTP settings', () => {
  it('catches its mails in-process and shows them to an admin', async () => {
    const database = await createTestDatabase();
    const api = await startApi({ ...database.env });
    try {
      const admin = new HttpClient(api.baseUrl);
      await admin.login(DEMO.admin);
      // The three demo requests: a receipt and a secretariat notice each, and one is in triage.
      const year = new Date().getFullYear();
      const expected = [
        ...[1, 2, 3].flatMap((n) => [
          `[BGB-${year}-0000${n}] Vi har modtaget din henvendelse`,
          `[BGB-${year}-0000${n}] Ny henvendelse`,
        ]),
        `[BGB-${year}-00002] Din henvendelse bliver visiteret`,
      ];
      let subjects: string[] = [];
      for (let i = 0; i < 50 && subjects.length < expected.length; i++) {
        subjects = (await admin.get<CaughtMail[]>('/api/admin/mails')).body.map((m) => m.subject);
        await new Promise((r) => setTimeout(r, 200));
      }
      expect(subjects).toHaveLength(expected.length);
      for (const start of expected)
        expect(subjects.some((subject) => subject.startsWith(start))).toBe(true);
    } finally {
      await api.stop();
      await database.drop();
    }
  });
});

describe('production mode', () => {
  it('refuses to start without a session secret, saying which setting is missing', async () => {
    const database = await createTestDatabase();
    try {
      await expect(
        startApi({ ...database.env, APP_MODE: 'production', SMTP_URL: 'smtp://127.0.0.1:2525' }),
      ).rejects.toThrow(/SESSION_SECRET: is required in production mode/);
    } finally {
      await database.drop();
    }
  });

  it('is migrated by db:migrate, with reference data but no demo accounts, and hashes passwords at full cost', async () => {
    const database = await createTestDatabase({ empty: true });
    const env = {
      ...database.env,
      APP_MODE: 'production',
      SESSION_SECRET: 'a-test-session-secret-that-is-long-enough',
      SMTP_URL: 'smtp://127.0.0.1:2525',
    };
    const migrations = readdirSync(join(__dirname, '../src/database/migrations')).filter((f) =>
      /^\d+-.*\.ts$/.test(f),
    );
    expect(await runMigrate(env)).toContain(
      `Database schema is up to date (${migrations.length} migrations applied)`,
    );
    // Running it again changes nothing.
    expect(await runMigrate(env)).toContain(`(${migrations.length} migrations applied)`);
    const api = await startApi(env);
    try {
      const client = new HttpClient(api.baseUrl);
      expect((await client.get<Biobank[]>('/api/biobanks')).body).toHaveLength(5);
      expect(
        (await client.post('/api/auth/login', { email: DEMO.researcher, password: DEMO.password }))
          .status,
      ).toBe(401);
      const registered = await client.post('/api/auth/register', {
        name: 'Full Cost',
        email: 'full.cost@example.org',
        password: 'correct horse battery',
        institution: 'Rigshospitalet',
      });
      expect(registered.status).toBe(201);
    } finally {
      await api.stop();
    }
    try {
      // Tests elsewhere hash at test cost; a production API must never.
      const [user] = await queryDatabase<{ password_hash: string }>(
        database,
        `SELECT password_hash FROM app_user WHERE email = 'full.cost@example.org'`,
      );
      expect(user.password_hash).toMatch(/^\$argon2id\$v=19\$m=65536,p=4,t=3\$/);
    } finally {
      await database.drop();
    }
  }, 180_000);

  it('stops gracefully on SIGTERM', async () => {
    const database = await createTestDatabase();
    const api = await startApi({ ...database.env });
    try {
      expect(await api.stop('SIGTERM')).toBe(0);
    } finally {
      await database.drop();
    }
  });
});
