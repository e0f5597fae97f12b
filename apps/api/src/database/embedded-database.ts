import { mkdtemp, mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { PGlite } from '@electric-sql/pglite' with { 'resolution-mode': 'import' };
import type { PGLiteSocketServer } from '@electric-sql/pglite-socket' with {
  'resolution-mode': 'import',
};

/** The port part of the socket file name; PostgreSQL clients derive `.s.PGSQL.<port>` from it. */
const SOCKET_PORT = 5432;

/**
 * PostgreSQL compiled to WebAssembly, stored in a local folder and served on a private Unix
 * socket, so that the ordinary `pg` driver, TypeORM and the very same migrations work on it.
 * PGlite is a single session: callers must use exactly one connection.
 */
export class EmbeddedDatabase {
  private constructor(
    private readonly db: PGlite,
    private readonly server: PGLiteSocketServer,
    private readonly socketDir: string,
  ) {}

  static async start(dataDir: string): Promise<EmbeddedDatabase> {
    const dataPath = resolve(dataDir, 'pgdata');
    await mkdir(dataPath, { recursive: true });
    // Both packages are ESM-only; the API is CommonJS, and node16 module output keeps
    // these as real dynamic imports.
    const { PGlite } = await import('@electric-sql/pglite');
    const { PGLiteSocketServer } = await import('@electric-sql/pglite-socket');
    const db = new PGlite(dataPath);
    await db.waitReady;
    // A fresh private directory keeps the socket path short and out of other users' reach.
    const socketDir = await mkdtemp(join(tmpdir(), 'bgb-db-'));
    const server = new PGLiteSocketServer({ db, path: join(socketDir, `.s.PGSQL.${SOCKET_PORT}`) });
    await server.start();
    return new EmbeddedDatabase(db, server, socketDir);
  }

  /** Connection settings for the `pg` driver. */
  get connection() {
    return { host: this.socketDir, port: SOCKET_PORT, username: 'postgres', database: 'postgres' };
  }

  async stop(): Promise<void> {
    await this.server.stop();
    await this.db.close();
    await rm(this.socketDir, { recursive: true, force: true });
  }
}
