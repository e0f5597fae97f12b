import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Rate limit counters, shared by every API instance and kept over restarts. The columns are
 * the ones rate-limiter-flexible's PostgreSQL limiter reads and writes (it inserts without
 * naming them, so their order matters); `key` is a keyed hash, never an address or e-mail.
 * `expire` is a time in epoch milliseconds.
 */
export class RateLimitCounters1764000000017 implements MigrationInterface {
  name = 'RateLimitCounters1764000000017';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE rate_limit_counter (
        key varchar(255) PRIMARY KEY,
        points integer NOT NULL DEFAULT 0,
        expire bigint
      )`);
    // The hourly prune deletes by expiry.
    await q.query(`CREATE INDEX rate_limit_counter_expire ON rate_limit_counter (expire)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE rate_limit_counter`);
  }
}
