// Seeds a PostgreSQL database with many service requests (1,000,000 by default) and prints
// the latency of the secretariat's queue through the HTTP API: first page, combinations of
// filters that match much, little or nothing in every sort, a second page, full-text search
// and a request page. A script that prints figures, not a test.
//
//   npm run bench                          # PostgreSQL at DATABASE_URL, or the local server
//   BENCH_REQUESTS=100000 npm run bench    # a smaller run
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';

const require = createRequire(import.meta.url);
const { HttpClient, startApi } = require('@bgb/test-support');
const { Client } = require('pg');

const SERVER_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const TOTAL = Number(process.env.BENCH_REQUESTS ?? 1_000_000);
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 200);
const BATCH = 100_000;
const WORDS = [
  'plasma',
  'serum',
  'biomarkør',
  'tumor',
  'genom',
  'væv',
  'reuma',
  'kohorte',
  'proteomik',
  'ctDNA',
  'donor',
  'arkiv',
];

async function sql(url, text, params) {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(text, params);
  } finally {
    await client.end();
  }
}

function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
  return {
    p50: at(50),
    p95: at(95),
    p99: at(99),
    mean: sorted.reduce((a, b) => a + b, 0) / sorted.length,
  };
}

async function seed(url) {
  const client = new Client({ connectionString: url });
  await client.connect();
  const {
    rows: [{ id: researcher }],
  } = await client.query(`SELECT id FROM app_user WHERE email = 'researcher@example.org'`);
  const {
    rows: [{ id: handler }],
  } = await client.query(`SELECT id FROM app_user WHERE email = 'secretariat@example.org'`);
  // Bulk load the usual way: secondary indexes off, rows in, the same indexes rebuilt.
  const { rows: indexes } = await client.query(`
    SELECT indexname, indexdef FROM pg_indexes
      WHERE tablename IN ('service_request', 'requested_biobank') AND indexname NOT LIKE '%pkey' AND indexdef NOT LIKE 'CREATE UNIQUE%'`);
  for (const { indexname } of indexes) await client.query(`DROP INDEX ${indexname}`);
  const started = performance.now();
  for (let from = 1; from <= TOTAL; from += BATCH) {
    const to = Math.min(TOTAL, from + BATCH - 1);
    await client.query(
      `WITH services AS (SELECT array_agg(id ORDER BY sort_order) AS ids FROM service),
       inserted AS (
         INSERT INTO service_request (reference, status, version, title, service_id, project_description,
           principal_investigator, institution, researcher_id, researcher_name, priority, assignee_id, biobank_codes,
           first_response_due_at, first_responded_at, last_activity_at, submitted_at, created_at, updated_at)
         SELECT 'BGB-' || (2020 + i % 7) || '-' || lpad(i::text, 7, '0'),
           (ARRAY['submitted','in_triage','awaiting_researcher','routed','in_progress','completed','rejected','withdrawn'])[1 + i % 8],
           1,
           'Studie ' || i || ' af ' || ($4::text[])[1 + i % 12] || ' og ' || ($4::text[])[1 + (i / 12) % 12],
           (SELECT ids FROM services)[1 + i % 7],
           'Projekt om ' || ($4::text[])[1 + (i / 7) % 12] || ' hos patienter; nummer ' || i,
           'Forsker ' || (i % 5000), (ARRAY['Rigshospitalet','Aarhus Universitet','OUH','Aalborg UH','Novo Nordisk'])[1 + i % 5],
           $3, 'Forsker ' || (i % 5000),
           (ARRAY['low','normal','normal','high','urgent'])[1 + i % 5],
           CASE WHEN i % 3 = 0 THEN $5::uuid END,
           ARRAY[(ARRAY['DCB','DRB','DGB','DBB','PATO'])[1 + (i / 3) % 5]],
           t + interval '7 days', CASE WHEN i % 8 <> 0 THEN t + interval '2 days' END,
           t + interval '3 days', t, t, t
         FROM generate_series($1::int, $2::int) AS i,
           LATERAL (SELECT timestamptz '2020-01-01' + (i::float / $6 * interval '1800 days') AS t) AS times
         RETURNING id, biobank_codes)
       INSERT INTO requested_biobank (request_id, biobank_code) SELECT id, biobank_codes[1] FROM inserted`,
      [from, to, researcher, WORDS, handler, TOTAL],
    );
    process.stdout.write(
      `\r  seeded ${to.toLocaleString('en')} of ${TOTAL.toLocaleString('en')} requests`,
    );
  }
  const loaded = performance.now();
  for (const { indexdef } of indexes) await client.query(indexdef);
  await client.query('ANALYZE service_request; ANALYZE requested_biobank; ANALYZE routing');
  await client.end();
  console.log(
    `\n  load ${((loaded - started) / 1000).toFixed(0)} s, index rebuild ${((performance.now() - loaded) / 1000).toFixed(0)} s`,
  );
}

const results = [];

async function measure(client, label, path) {
  for (let i = 0; i < 20; i++) await client.get(path(i));
  const samples = [];
  for (let i = 0; i < SAMPLES; i++) {
    const start = performance.now();
    const reply = await client.get(path(i));
    samples.push(performance.now() - start);
    if (reply.status !== 200)
      throw new Error(`${label}: HTTP ${reply.status} ${JSON.stringify(reply.body)}`);
  }
  const s = stats(samples);
  results.push([label, s]);
  console.log(
    `  ${label.padEnd(38)} p50 ${s.p50.toFixed(1).padStart(6)} ms   p95 ${s.p95.toFixed(1).padStart(6)} ms   p99 ${s.p99.toFixed(1).padStart(6)} ms`,
  );
  return s;
}

const name = `bgb_bench_${Date.now()}`;
const url = new URL(SERVER_URL);
url.pathname = `/${name}`;
console.log(`Benchmark: ${TOTAL.toLocaleString('en')} requests in PostgreSQL database ${name}`);
await sql(SERVER_URL, `CREATE DATABASE ${name}`);
let api;
try {
  api = await startApi({
    DATABASE_URL: url.toString(),
    LOG_LEVEL: 'warn',
    SMTP_URL: 'smtp://127.0.0.1:9',
    MAIL_POLL_INTERVAL_MS: '60000',
  });
  await seed(url.toString());
  const client = new HttpClient(api.baseUrl);
  await client.login('secretariat@example.org');
  const { rows: sample } = await sql(
    url.toString(),
    `SELECT id FROM service_request TABLESAMPLE SYSTEM (1) LIMIT ${SAMPLES}`,
  );
  const { rows: serviceRows } = await sql(
    url.toString(),
    'SELECT id FROM service ORDER BY sort_order',
  );
  const services = serviceRows.map((row) => row.id);
  // Cursors of first pages, to time the page after a keyset boundary.
  const secondPages = [];
  for (const filters of [
    'status=in_triage&biobank=DRB&priority=high&sort=priority',
    'biobank=DGB&priority=high&sort=last_activity',
    'status=submitted&assignee=none&sort=oldest',
  ]) {
    const { body } = await client.get(`/api/requests?limit=25&${filters}`);
    secondPages.push(`${filters}&cursor=${body.nextCursor}`);
  }
  console.log(`Latency over HTTP, ${SAMPLES} calls each after 20 warm-up calls, one at a time:`);
  await measure(client, 'queue, first page (25)', () => '/api/requests?limit=25');
  const sorts = ['newest', 'oldest', 'priority', 'last_activity'];
  // Seeded priority and biobank go together (both follow the request number), so some
  // combinations match nothing: the planner, multiplying selectivities, expects thousands.
  await measure(
    client,
    'queue, filtered (status+biobank+prio)',
    (i) =>
      `/api/requests?limit=25&status=${['submitted', 'in_triage', 'routed'][i % 3]}&biobank=${['DCB', 'DRB', 'PATO'][i % 3]}&priority=high`,
  );
  await measure(
    client,
    'status+biobank+prio, no match',
    (i) =>
      `/api/requests?limit=25&sort=${sorts[i % 4]}&status=${['submitted', 'in_triage', 'routed'][i % 3]}&biobank=${['DCB', 'DBB'][i % 2]}&priority=high`,
  );
  await measure(
    client,
    'status+biobank+prio, matches',
    (i) =>
      `/api/requests?limit=25&sort=${sorts[i % 4]}&status=${['submitted', 'in_triage', 'routed'][i % 3]}&biobank=${['DRB', 'PATO', 'DGB'][i % 3]}&priority=high`,
  );
  await measure(
    client,
    'biobank+prio, no match',
    (i) =>
      `/api/requests?limit=25&sort=${sorts[i % 4]}&biobank=${['DGB', 'PATO'][i % 2]}&priority=low`,
  );
  await measure(
    client,
    'queue, mine, by priority',
    () => '/api/requests?limit=25&assignee=me&sort=priority',
  );
  await measure(
    client,
    'service+assignee',
    (i) =>
      `/api/requests?limit=25&sort=${sorts[i % 4]}&service=${services[i % services.length]}&assignee=${['me', 'none'][i % 2]}`,
  );
  await measure(
    client,
    'overdue+status',
    (i) =>
      `/api/requests?limit=25&sort=${sorts[i % 4]}&overdue=true&status=submitted${['', '&priority=urgent', '&biobank=DRB'][i % 3]}`,
  );
  await measure(
    client,
    'biobank+q',
    (i) =>
      `/api/requests?limit=25&sort=${sorts[i % 4]}&biobank=${['DCB', 'DRB', 'PATO'][i % 3]}&q=${encodeURIComponent(i % 2 ? WORDS[i % 12] : `${WORDS[i % 12]} ${i + 1000}`)}`,
  );
  await measure(
    client,
    'filtered, second page',
    (i) => `/api/requests?limit=25&${secondPages[i % secondPages.length]}`,
  );
  await measure(
    client,
    'full-text search',
    (i) => `/api/requests?limit=25&q=${encodeURIComponent(`${WORDS[i % 12]} ${i + 1000}`)}`,
  );
  await measure(
    client,
    'full-text search, one word',
    (i) => `/api/requests?limit=25&q=${encodeURIComponent(WORDS[i % 12])}`,
  );
  await measure(client, 'request page', (i) => `/api/requests/${sample[i % sample.length].id}`);
  const over = results
    .filter(([label]) => label !== 'request page')
    .filter(([, s]) => s.p95 >= 50)
    .map(([label]) => label);
  console.log(
    over.length === 0
      ? 'Every queue call has a p95 under 50 ms.'
      : `Over the 50 ms p95 target: ${over.join(', ')}.`,
  );
} finally {
  await api?.stop();
  if (!process.env.BENCH_KEEP)
    await sql(SERVER_URL, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
}
