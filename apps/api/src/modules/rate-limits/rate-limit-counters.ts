import {
  type BeforeApplicationShutdown,
  Injectable,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

/** Made by migration RateLimitCounters1764000000017 with the columns the limiter library expects. */
export const RATE_LIMIT_TABLE = 'rate_limit_counter';
const PRUNE_INTERVAL_MS = 3600_000;

interface StoreQuery {
  text: string;
  values?: unknown[];
}

/**
 * Where the counters live: in the database, so that every API instance counts together and a
 * restart forgets nothing. rate-limiter-flexible's PostgreSQL limiter needs a client with
 * `query({ text, values })` answering `{ rows, rowCount }`; this one runs the queries on the
 * API's own TypeORM connections, as the embedded database takes no second pool.
 */
@Injectable()
export class RateLimitCounters implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private pruneTimer?: NodeJS.Timeout;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  readonly client = {
    query: async ({ text, values }: StoreQuery) => {
      const runner = this.dataSource.createQueryRunner();
      try {
        const result = await runner.query(text, values, true);
        const rows = (result.records ?? []) as unknown[];
        return { rows, rowCount: result.affected ?? rows.length };
      } finally {
        await runner.release();
      }
    },
  };

  /** Counters whose window has passed count nothing any more; their rows only take space. */
  async pruneExpired(): Promise<void> {
    await this.dataSource.query(`DELETE FROM ${RATE_LIMIT_TABLE} WHERE expire < $1`, [Date.now()]);
  }

  onApplicationBootstrap(): void {
    // Every instance prunes; the deletes are idempotent and cheap.
    this.pruneTimer = setInterval(
      () => void this.pruneExpired().catch(() => undefined),
      PRUNE_INTERVAL_MS,
    ).unref();
  }

  beforeApplicationShutdown(): void {
    clearInterval(this.pruneTimer);
  }
}
