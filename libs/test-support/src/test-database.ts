import { execFile } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { runMigrate } from './api-process';

/** What the API under test runs on: a fresh database for each test file. */
export interface TestDatabase {
  env: Record<string, string>;
  kind: 'postgres' | 'embedded';
  drop(): Promise<void>;
}

/**
 * Where the run's migrated template lives (a PostgreSQL database name or an embedded data
 * folder). Set by the suites' global setup; worker processes inherit it.
 */
const TEMPLATE_VARIABLE = 'BGB_TEST_TEMPLATE';

/**
 * With DATABASE_URL set, a new PostgreSQL database on that server; otherwise a new folder
 * for the embedded database. When the run prepared a template, the new database is a copy of
 * it (already migrated, which saves each API start its migrations); `empty` asks for a
 * database without any schema, e.g. to test the migrations themselves.
 */
export async function createTestDatabase({ empty = false } = {}): Promise<TestDatabase> {
  const template = empty ? undefined : process.env[TEMPLATE_VARIABLE];
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) {
    const name = `bgb_it_${randomBytes(6).toString('hex')}`;
    await createPostgresDatabase(serverUrl, name, template);
    return {
      kind: 'postgres',
      env: { DATABASE_URL: databaseUrl(serverUrl, name) },
      drop: async () => {
        await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      },
    };
  }
  const dir = await mkdtemp(join(tmpdir(), 'bgb-it-'));
  if (template) await cp(template, dir, { recursive: true });
  return {
    kind: 'embedded',
    env: { DATA_DIR: dir },
    drop: () => rm(dir, { recursive: true, force: true }),
  };
}

/**
 * Migrates one database for the whole run and announces it to every test file through the
 * environment. Returns what removes it again, for the global teardown.
 */
export async function prepareTemplateDatabase(): Promise<() => Promise<void>> {
  delete process.env[TEMPLATE_VARIABLE];
  const database = await createTestDatabase({ empty: true });
  await runMigrate({ ...database.env, APP_MODE: 'demo' });
  process.env[TEMPLATE_VARIABLE] =
    database.kind === 'postgres'
      ? new URL(database.env.DATABASE_URL).pathname.slice(1)
      : database.env.DATA_DIR;
  return async () => {
    delete process.env[TEMPLATE_VARIABLE];
    await database.drop();
  };
}

/**
 * Runs one statement on a test database while no API holds it, e.g. to read what the API
 * stored. The embedded database is opened in a child process, as PGlite is ESM-only.
 */
export async function queryDatabase<Row = Record<string, unknown>>(
  database: TestDatabase,
  sql: string,
): Promise<Row[]> {
  if (database.kind === 'postgres') return adminQuery<Row>(database.env.DATABASE_URL, sql);
  const script = `
    const { PGlite } = await import('@electric-sql/pglite');
    const db = new PGlite(process.argv[1]);
    const { rows } = await db.query(process.argv[2]);
    await db.close();
    process.stdout.write(JSON.stringify(rows));`;
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--input-type=module', '-e', script, join(database.env.DATA_DIR, 'pgdata'), sql],
    { cwd: __dirname },
  );
  return JSON.parse(stdout) as Row[];
}

function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function createPostgresDatabase(serverUrl: string, name: string, template?: string) {
  const sql = `CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`;
  // Copying a template fails while another session is connected to it; the only sessions it
  // sees are other copies being made at this moment, so a short wait resolves it.
  for (let attempt = 1; ; attempt++) {
    try {
      await adminQuery(serverUrl, sql);
      return;
    } catch (error) {
      const busy = /is being accessed by other users/.test(String(error));
      if (!busy || attempt === 20) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
    }
  }
}

/** One statement on its own connection; returns its rows. */
async function adminQuery<Row = Record<string, unknown>>(url: string, sql: string): Promise<Row[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as Row[];
  } finally {
    await client.end();
  }
}
