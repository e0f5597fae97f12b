import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One inverted index over every equality filter of the queue (status, priority, requested
 * biobanks, service, case handler), for combinations that match few or no requests.
 *
 * The planner estimates a combination by multiplying each filter's selectivity, and no
 * extended statistics can correct that for the biobank filter (array containment is outside
 * what CREATE STATISTICS covers), so "DCB + high" is expected to match thousands when it
 * matches nothing. The queue therefore checks the newest rows first and, when the
 * combination turns out to be rare, asks this index: it intersects all filters inside one
 * GIN scan, where separate indexes would each build a bitmap of a whole status or priority.
 * Biobank codes are kept as they are; the other values carry a prefix so they never collide.
 */
export class QueueFilterFacets1764000000009 implements MigrationInterface {
  name = 'QueueFilterFacets1764000000009';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE INDEX service_request_facets_idx ON service_request USING gin ((
        ARRAY['status:' || status, 'priority:' || priority_rank::text, 'service:' || service_id::text,
          'assignee:' || coalesce(assignee_id::text, 'none')] || biobank_codes))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX service_request_facets_idx`);
  }
}
