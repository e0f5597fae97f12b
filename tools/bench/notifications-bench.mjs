// Mail delivery throughput and latency: an API instance with delivery off and two delivery
// workers on a new PostgreSQL database, sending to an SMTP server in this process. Prints how
// fast two workers drain a backlog (mails/s) and, for mails written while they run, the time
// from a submission's commit to its mail's arrival (p50/p95). A script that prints figures,
// not a test.
//
//   npm run bench:notifications                          # 1,000 submissions = 2,000 mails
//   BENCH_SUBMISSIONS=200 BENCH_POLL_MS=100 npm run bench:notifications
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { HttpClient, SmtpSink, startApi, startWorker } = require('@bgb/test-support');
const { Client } = require('pg');

const SERVER_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const SUBMISSIONS = Number(process.env.BENCH_SUBMISSIONS ?? 1_000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 20);
// The production default: how long an idle worker waits before it looks again.
const POLL_MS = process.env.BENCH_POLL_MS ?? '1000';

async function sql(url, text) {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(text);
  } finally {
    await client.end();
  }
}

const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

const name = `bgb_bench_mail_${Date.now()}`;
const url = new URL(SERVER_URL);
url.pathname = `/${name}`;
await sql(SERVER_URL, `CREATE DATABASE ${name}`);
const smtp = new SmtpSink();
const processes = [];
try {
  const env = {
    DATABASE_URL: url.toString(),
    SMTP_URL: await smtp.start(),
    MAIL_POLL_INTERVAL_MS: POLL_MS,
    // The limit is not what is measured here: every receipt goes to one domain.
    MAIL_RATE_PER_DOMAIN_PER_MINUTE: '100000',
    LOG_LEVEL: 'warn',
  };
  const api = await startApi({ ...env, MAIL_DELIVERY: 'off' });
  processes.push(api);
  const client = new HttpClient(api.baseUrl);
  await client.login('researcher@example.org');
  const serviceId = (await client.get('/api/services')).body[0].id;
  console.log(
    `Mail delivery benchmark: 2 workers, ${CONCURRENCY} submissions at a time, poll ${POLL_MS} ms, PostgreSQL database ${name}`,
  );

  // Each submission commits a receipt and a notice to the secretariat; the reference ties them to it.
  const committedAt = new Map();
  const submit = async (count, label) => {
    let next = 0;
    const submitter = async () => {
      while (next < count) {
        const i = next++;
        const reply = await client.post('/api/requests', {
          title: `Bench ${label} ${i}`,
          serviceId,
          biobankCodes: ['DCB'],
          projectDescription: 'Plasma proteomics in 400 patients.',
          principalInvestigator: 'PI',
          institution: 'DTU',
        });
        if (reply.status !== 201)
          throw new Error(`submit: HTTP ${reply.status} ${JSON.stringify(reply.body)}`);
        committedAt.set(reply.body.reference, Date.now());
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, submitter));
  };
  // Demo mode's seeded requests bring mails of their own; only the benchmark's are counted.
  const referenceOf = (mail) => /^\[([^\]]+)\]/.exec(mail.subject)?.[1];
  const ours = () => smtp.mails.filter((mail) => committedAt.has(referenceOf(mail)));
  const arrived = (count) =>
    smtp.waitFor((mail) => committedAt.has(referenceOf(mail)), count, 600_000);

  // Throughput: a backlog written while no worker runs, then drained by two workers.
  const backlog = Math.ceil(SUBMISSIONS / 2);
  await submit(backlog, 'backlog');
  for (let i = 0; i < 2; i++) processes.push(await startWorker({ ...env, LOG_LEVEL: 'info' }));
  await arrived(backlog * 2);
  // From the first mail to the last, so that the workers' start-up is not counted.
  const times = ours().map((mail) => mail.receivedAt);
  const drainSeconds = (Math.max(...times) - Math.min(...times)) / 1000;
  console.log(
    `  backlog of ${backlog * 2} mails drained in ${drainSeconds.toFixed(1)} s: ${((backlog * 2) / drainSeconds).toFixed(0)} mails/s`,
  );

  // Latency: submissions while the workers run, from each commit to its mail's arrival.
  const live = SUBMISSIONS - backlog;
  const before = new Set(committedAt.keys());
  const liveStart = Date.now();
  await submit(live, 'live');
  await arrived(SUBMISSIONS * 2);
  const liveMails = ours().filter((mail) => !before.has(referenceOf(mail)));
  const liveEnd = Math.max(...liveMails.map((mail) => mail.receivedAt));
  const latencies = liveMails
    .map((mail) => mail.receivedAt - committedAt.get(referenceOf(mail)))
    .sort((a, b) => a - b);
  console.log(
    `  ${live * 2} mails while submitting: ${((live * 2) / ((liveEnd - liveStart) / 1000)).toFixed(0)} mails/s, as fast as the API took submissions (${(live / ((liveEnd - liveStart) / 1000)).toFixed(0)} requests/s)`,
  );
  console.log(
    `  submit → delivered        p50 ${percentile(latencies, 50)} ms   p95 ${percentile(latencies, 95)} ms   max ${latencies.at(-1)} ms`,
  );
  const mails = ours();
  console.log(
    `  duplicates                ${mails.length - new Set(mails.map((mail) => mail.messageId)).size} of ${mails.length} mails`,
  );
} finally {
  for (const child of processes.reverse()) await child.stop();
  await smtp.stop();
  if (!process.env.BENCH_KEEP)
    await sql(SERVER_URL, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
}
