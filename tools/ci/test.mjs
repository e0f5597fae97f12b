#!/usr/bin/env node
/**
 * `npm test`: every check, cheapest first, stopping at the first failure. What does not touch
 * a database runs once; the API integration and e2e suites run once per database named in
 * TEST_DATABASES (`embedded`, `postgres`; by default PostgreSQL when DATABASE_URL is set,
 * else the embedded database). Prints how long each phase took.
 */
import { spawnSync } from 'node:child_process';
import { phaseTable, recordPhase } from './phases.mjs';

const databases = (
  process.env.TEST_DATABASES ?? (process.env.DATABASE_URL ? 'postgres' : 'embedded')
)
  .split(',')
  .map((name) => name.trim())
  .filter(Boolean);
for (const database of databases) {
  if (!['embedded', 'postgres'].includes(database)) {
    console.error(`TEST_DATABASES: unknown database "${database}" (embedded, postgres)`);
    process.exit(2);
  }
}
if (databases.includes('postgres') && !process.env.DATABASE_URL) {
  console.error('TEST_DATABASES names postgres: set DATABASE_URL to a PostgreSQL database');
  process.exit(2);
}

/** The embedded suites must not see DATABASE_URL, or they would run on PostgreSQL. */
function databaseEnv(database) {
  const env = { ...process.env };
  if (database === 'embedded') delete env.DATABASE_URL;
  return env;
}

const phases = [
  ['format', 'npm', ['run', '--silent', 'format:check']],
  ['dead code', 'npm', ['run', '--silent', 'deadcode']],
  [
    'lint, typecheck, unit tests, build',
    'npx',
    ['nx', 'run-many', '-t', 'lint,typecheck,test,build', '--outputStyle=static'],
  ],
  ...databases.flatMap((database) => [
    [
      `API integration (${database})`,
      'npx',
      ['nx', 'run', 'api:integration', '--outputStyle=stream'],
      databaseEnv(database),
    ],
    [
      `e2e (${database})`,
      'npx',
      ['nx', 'run', 'e2e:e2e', '--outputStyle=stream'],
      databaseEnv(database),
    ],
  ]),
];

const rows = [];
for (const [name, command, args, env = process.env] of phases) {
  console.log(`\n== ${name}`);
  const started = Date.now();
  const { status } = spawnSync(command, args, { stdio: 'inherit', env });
  const row = { name, ms: Date.now() - started, ok: status === 0 };
  rows.push(row);
  recordPhase(row);
  if (!row.ok) break;
}
console.log(`\n${phaseTable(rows)}`);
process.exit(rows.every((row) => row.ok) ? 0 : 1);
