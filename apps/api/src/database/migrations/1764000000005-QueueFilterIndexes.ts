import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Lets PostgreSQL combine the queue's filters with bitmap index scans: the requested
 * biobanks are kept on the request itself as an array with a GIN index, so that a filter
 * like "submitted + DCB + high" (or one that matches nothing) reads only matching rows
 * instead of walking a whole status.
 */
export class QueueFilterIndexes1764000000005 implements MigrationInterface {
  name = 'QueueFilterIndexes1764000000005';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE service_request ADD COLUMN biobank_codes text[] NOT NULL DEFAULT '{}'`,
    );
    await q.query(`
      UPDATE service_request r SET biobank_codes = codes.list
      FROM (SELECT request_id, array_agg(biobank_code ORDER BY biobank_code) AS list FROM requested_biobank GROUP BY request_id) codes
      WHERE codes.request_id = r.id`);
    await q.query(
      `CREATE INDEX service_request_biobank_codes_idx ON service_request USING gin (biobank_codes)`,
    );
    await q.query(
      `CREATE INDEX service_request_priority_filter_idx ON service_request (priority_rank)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX service_request_priority_filter_idx`);
    await q.query(`ALTER TABLE service_request DROP COLUMN biobank_codes`);
  }
}
