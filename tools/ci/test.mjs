#!/usr/bin/env node
/**
 * `npm test`: every check, cheapest first, stopping at the first failure. What does not touch
 * a database runs once; the API integration and e2e suites run once per database named in
 * TEST_DATABASES (`embedded`, `postgres`; by default PostgreSQL when DATABASE_URL is set,
 * else the embedded database). Each database's suites run in a lane of their own, the lanes
 * side by side: one lane's last slow file then overlaps the other's work instead of leaving a
 * core idle. Prints how long each phase took.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createInterface } from 'node:readline';
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

/**
 * The embedded suites must not see DATABASE_URL, or they would run on PostgreSQL. Side by
 * side, each lane gets two workers per suite unless the caller chose: more only oversubscribes
 * the two cores this is tuned for.
 */
function databaseEnv(database) {
  const env = { ...process.env };
  if (database === 'embedded') delete env.DATABASE_URL;
  if (databases.length > 1) {
    env.INTEGRATION_WORKERS ??= '2';
    env.E2E_WORKERS ??= '2';
  }
  return env;
}

const staticPhases = [
  ['format', 'npm', ['run', '--silent', 'format:check']],
  ['dead code', 'npm', ['run', '--silent', 'deadcode']],
  [
    'lint, typecheck, unit tests, build',
    'npx',
    ['nx', 'run-many', '-t', 'lint,typecheck,test,build', '--outputStyle=static'],
  ],
];

const rows = [];
function finished(name, startedAt, ok) {
  const row = { name, ms: Date.now() - startedAt, ok, startedAt };
  rows.push(row);
  recordPhase(row);
  return ok;
}

function report() {
  console.log(`\n${phaseTable(rows)}`);
  process.exit(rows.every((row) => row.ok) ? 0 : 1);
}

for (const [name, command, args] of staticPhases) {
  console.log(`\n== ${name}`);
  const startedAt = Date.now();
  const { status } = spawnSync(command, args, { stdio: 'inherit' });
  if (!finished(name, startedAt, status === 0)) report();
}

/** Running suites, so that a failing lane can end the others at once. */
const running = new Set();
let failed = false;

/** Runs one suite in its own process group, its lines prefixed with the database's name. */
function runSuite(database, name, args) {
  return new Promise((resolveSuite) => {
    const prefix = databases.length > 1 ? `[${database}] ` : '';
    console.log(`\n== ${prefix}${name}`);
    const startedAt = Date.now();
    const child = spawn('npx', args, {
      env: databaseEnv(database),
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    running.add(child);
    for (const stream of [child.stdout, child.stderr]) {
      createInterface({ input: stream }).on('line', (line) => console.log(`${prefix}${line}`));
    }
    child.once('exit', (code) => {
      running.delete(child);
      resolveSuite(finished(name, startedAt, code === 0));
    });
  });
}

/**
 * The static phase built everything the suites run; without their task dependencies two lanes
 * cannot both restore the same build output while the other's API runs from it.
 */
const suiteOptions = ['--outputStyle=stream', '--excludeTaskDependencies'];

async function lane(database) {
  const suites = [
    [`API integration (${database})`, ['nx', 'run', 'api:integration', ...suiteOptions]],
    [`e2e (${database})`, ['nx', 'run', 'e2e:e2e', ...suiteOptions]],
  ];
  for (const [name, args] of suites) {
    if (failed) return;
    if (!(await runSuite(database, name, args))) {
      failed = true;
      for (const child of running) process.kill(-child.pid, 'SIGTERM');
      return;
    }
  }
}

await Promise.all(databases.map(lane));
report();
