import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The workspace root, found from wherever this file runs (source or build output). */
function workspaceRoot(from = __dirname): string {
  return existsSync(join(from, 'nx.json')) ? from : workspaceRoot(dirname(from));
}

const MAIN = resolve(workspaceRoot(), 'dist/apps/api/main.js');
const WORKER = resolve(workspaceRoot(), 'dist/apps/api/worker.js');

export interface ApiProcess {
  baseUrl: string;
  /** The API's process id, e.g. to read its memory use from /proc. */
  pid: number;
  output: () => string;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolvePort(port));
    });
  });
}

/**
 * Every suite talks to the API from 127.0.0.1 and registers and logs in hundreds of times;
 * the limits per client address would soon refuse it. Tests of those limits set their own.
 */
const GENEROUS_ADDRESS_LIMITS = Object.fromEntries(
  ['LOGIN_ADDRESS', 'REGISTER', 'PASSWORD_RESET', 'VERIFY_RESEND', 'MFA_VERIFY', 'TEST_MAIL'].map(
    (name) => [`${name}_RATE_LIMIT`, '100000'],
  ),
);

/**
 * Starts the built API as its own process and waits until it reports healthy, with generous
 * limits per client address (see above). Outside production mode passwords are hashed at test
 * cost (see PASSWORD_HASH_COST), as the suites register hundreds of accounts; production mode
 * always hashes at full cost.
 */
export async function startApi(
  env: Record<string, string>,
  { waitForHealth = true } = {},
): Promise<ApiProcess> {
  // A given PORT lets a restarted API keep the address its clients know.
  const port = env.PORT ? Number(env.PORT) : await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  let log = '';
  const child: ChildProcess = spawn(process.execPath, [MAIN], {
    env: {
      PATH: process.env.PATH ?? '',
      APP_MODE: 'demo',
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: baseUrl,
      LOG_LEVEL: 'warn',
      // The API delivers the mails it commits at once; the poll finds retries and mails that
      // other processes wrote, and costs the embedded database a query round at each tick.
      MAIL_POLL_INTERVAL_MS: '500',
      ...(env.APP_MODE === 'production' ? {} : { PASSWORD_HASH_COST: 'test' }),
      ...GENEROUS_ADDRESS_LIMITS,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk) => (log += chunk));
  child.stderr?.on('data', (chunk) => (log += chunk));
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));

  const stop = async (signal: NodeJS.Signals = 'SIGTERM') => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    return exited;
  };
  if (waitForHealth) {
    // Generous: several APIs may start at once on a busy two-core machine.
    const deadline = Date.now() + 90_000;
    for (;;) {
      if (child.exitCode !== null || child.signalCode !== null) {
        throw new Error(`API exited with ${child.exitCode ?? child.signalCode}:\n${log}`);
      }
      try {
        const response = await fetch(`${baseUrl}/api/health`);
        if (response.ok) break;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) {
        await stop('SIGKILL');
        throw new Error(`API did not become healthy:\n${log}`);
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  return { baseUrl, pid: child.pid!, output: () => log, stop };
}

export interface WorkerProcess {
  output: () => string;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/**
 * Starts the built delivery worker (`npm run worker`) as its own process and waits until it
 * reports that it runs. It needs DATABASE_URL and SMTP_URL (or SMTP_HOST) in `env`.
 */
export async function startWorker(env: Record<string, string>): Promise<WorkerProcess> {
  let log = '';
  const child = spawn(process.execPath, [WORKER], {
    env: {
      PATH: process.env.PATH ?? '',
      APP_MODE: 'demo',
      LOG_LEVEL: 'info',
      MAIL_POLL_INTERVAL_MS: '100',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk) => (log += chunk));
  child.stderr?.on('data', (chunk) => (log += chunk));
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  const stop = async (signal: NodeJS.Signals = 'SIGTERM') => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    return exited;
  };
  const deadline = Date.now() + 45_000;
  while (!log.includes('Delivery worker started')) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`Worker exited with ${child.exitCode ?? child.signalCode}:\n${log}`);
    }
    if (Date.now() > deadline) {
      await stop('SIGKILL');
      throw new Error(`Worker did not start:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { output: () => log, stop };
}

/** Runs the `db:migrate` entry point to completion; resolves with its output. */
export function runMigrate(env: Record<string, string>): Promise<string> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(process.execPath, [resolve(MAIN, '../database/migrate.js')], {
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    child.stdout?.on('data', (chunk) => (log += chunk));
    child.stderr?.on('data', (chunk) => (log += chunk));
    child.once('exit', (code) =>
      code === 0 ? resolveRun(log) : reject(new Error(`migrate exited with ${code}:\n${log}`)),
    );
  });
}
