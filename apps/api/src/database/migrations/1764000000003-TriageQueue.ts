import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the triage queue filters, sorts and searches on: priority, case handler, the
 * first-response deadline, last activity, and a full-text search document. Every filter has
 * an index that keeps the newest-first order, so a page stays fast with a million requests.
 */
export class TriageQueue1764000000003 implements MigrationInterface {
  name = 'TriageQueue1764000000003';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE service_request
        ADD COLUMN priority text NOT NULL DEFAULT 'normal' CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
        ADD COLUMN priority_rank smallint GENERATED ALWAYS AS (
          CASE priority WHEN 'urgent' THEN 4 WHEN 'high' THEN 3 WHEN 'normal' THEN 2 ELSE 1 END) STORED,
        ADD COLUMN assignee_id uuid REFERENCES app_user (id) ON DELETE SET NULL,
        ADD COLUMN researcher_name text NOT NULL DEFAULT '',
        ADD COLUMN first_response_due_at timestamptz(3),
        ADD COLUMN first_responded_at timestamptz(3),
        ADD COLUMN last_activity_at timestamptz(3) NOT NULL DEFAULT now()`);
    // Requests from before this migration: name copied, a week as the deadline, activity as changed.
    await q.query(`
      UPDATE service_request r SET
        researcher_name = u.name,
        first_response_due_at = r.submitted_at + interval '7 days',
        first_responded_at = CASE WHEN r.status <> 'submitted' THEN r.updated_at END,
        last_activity_at = r.updated_at
      FROM app_user u WHERE u.id = r.researcher_id`);
    // 'simple' keeps words as written: requests mix Danish and English, and references must match whole.
    await q.query(`
      ALTER TABLE service_request ADD COLUMN search tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple', reference), 'A') ||
        setweight(to_tsvector('simple', title), 'A') ||
        setweight(to_tsvector('simple', researcher_name || ' ' || institution || ' ' || principal_investigator), 'B') ||
        setweight(to_tsvector('simple', project_description), 'C')) STORED`);
    await q.query(`CREATE INDEX service_request_search_idx ON service_request USING gin (search)`);
    await q.query(
      `CREATE INDEX service_request_assignee_idx ON service_request (assignee_id, created_at DESC, id DESC)`,
    );
    await q.query(
      `CREATE INDEX service_request_service_idx ON service_request (service_id, created_at DESC, id DESC)`,
    );
    await q.query(
      `CREATE INDEX service_request_priority_idx ON service_request (priority_rank DESC, created_at, id)`,
    );
    await q.query(
      `CREATE INDEX service_request_activity_idx ON service_request (last_activity_at DESC, id DESC)`,
    );
    await q.query(`
      CREATE INDEX service_request_overdue_idx ON service_request (first_response_due_at)
      WHERE first_responded_at IS NULL`);
    // Structured facts of an event (e.g. the new case handler), worded by the portal.
    await q.query(`ALTER TABLE request_event ADD COLUMN details jsonb`);
    // One sequence orders a request's events and messages, also those of a single transaction
    // (which all share its timestamp).
    await q.query(`CREATE SEQUENCE history_seq`);
    await q.query(
      `ALTER TABLE request_event ADD COLUMN seq bigint NOT NULL DEFAULT nextval('history_seq')`,
    );
    await q.query(
      `ALTER TABLE request_message ADD COLUMN seq bigint NOT NULL DEFAULT nextval('history_seq')`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE request_message DROP COLUMN seq`);
    await q.query(`ALTER TABLE request_event DROP COLUMN details, DROP COLUMN seq`);
    await q.query(`DROP SEQUENCE history_seq`);
    await q.query(`
      ALTER TABLE service_request
        DROP COLUMN search, DROP COLUMN priority_rank, DROP COLUMN priority, DROP COLUMN assignee_id,
        DROP COLUMN researcher_name, DROP COLUMN first_response_due_at, DROP COLUMN first_responded_at,
        DROP COLUMN last_activity_at`);
  }
}
