import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Users and sessions, the catalogue, service requests with their audit trail, and the
 * notification outbox. Timestamps keep millisecond precision so that keyset cursors made
 * from JavaScript dates match the stored values exactly.
 */
export class InitialSchema1764000000000 implements MigrationInterface {
  name = 'InitialSchema1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE app_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        email text NOT NULL,
        institution text NOT NULL,
        password_hash text NOT NULL,
        roles text[] NOT NULL DEFAULT '{researcher}',
        locale text NOT NULL DEFAULT 'da' CHECK (locale IN ('da', 'en')),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    // E-mail addresses are unique whatever their case.
    await q.query(`CREATE UNIQUE INDEX app_user_email_key ON app_user (lower(email))`);

    await q.query(`
      CREATE TABLE user_session (
        sid text PRIMARY KEY,
        user_id uuid REFERENCES app_user (id) ON DELETE CASCADE,
        data jsonb NOT NULL,
        expires_at timestamptz(3) NOT NULL
      )`);
    await q.query(`CREATE INDEX user_session_expires_idx ON user_session (expires_at)`);
    await q.query(`CREATE INDEX user_session_user_idx ON user_session (user_id)`);

    await q.query(`
      CREATE TABLE biobank (
        code text PRIMARY KEY,
        name_da text NOT NULL,
        name_en text NOT NULL,
        description_da text NOT NULL,
        description_en text NOT NULL,
        sort_order int NOT NULL DEFAULT 0,
        active boolean NOT NULL DEFAULT true
      )`);

    await q.query(`
      CREATE TABLE service (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug text NOT NULL UNIQUE,
        name_da text NOT NULL,
        name_en text NOT NULL,
        description_da text NOT NULL,
        description_en text NOT NULL,
        sort_order int NOT NULL DEFAULT 0,
        active boolean NOT NULL DEFAULT true
      )`);

    await q.query(`
      CREATE TABLE coordinator_biobank (
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        biobank_code text NOT NULL REFERENCES biobank (code) ON UPDATE CASCADE,
        PRIMARY KEY (user_id, biobank_code)
      )`);

    await q.query(`
      CREATE TABLE service_request (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        reference text NOT NULL UNIQUE,
        status text NOT NULL CHECK (status IN ('draft', 'submitted', 'in_triage', 'awaiting_researcher',
          'routed', 'in_progress', 'completed', 'rejected', 'withdrawn')),
        version int NOT NULL DEFAULT 1,
        title text NOT NULL,
        service_id uuid NOT NULL REFERENCES service (id),
        project_description text NOT NULL,
        principal_investigator text NOT NULL,
        institution text NOT NULL,
        ethics_approval_case_number text,
        researcher_id uuid NOT NULL REFERENCES app_user (id),
        submitted_at timestamptz(3),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    // Keyset pagination: newest first, id breaks ties.
    await q.query(
      `CREATE INDEX service_request_queue_idx ON service_request (created_at DESC, id DESC)`,
    );
    await q.query(
      `CREATE INDEX service_request_researcher_idx ON service_request (researcher_id, created_at DESC, id DESC)`,
    );
    await q.query(
      `CREATE INDEX service_request_status_idx ON service_request (status, created_at DESC, id DESC)`,
    );

    await q.query(`
      CREATE TABLE requested_biobank (
        request_id uuid NOT NULL REFERENCES service_request (id) ON DELETE CASCADE,
        biobank_code text NOT NULL REFERENCES biobank (code) ON UPDATE CASCADE,
        PRIMARY KEY (request_id, biobank_code)
      )`);
    await q.query(
      `CREATE INDEX requested_biobank_code_idx ON requested_biobank (biobank_code, request_id)`,
    );

    // One row per year; incremented under a row lock inside the submitting transaction, so
    // references are unique and without gaps even when researchers submit at the same time.
    await q.query(`
      CREATE TABLE reference_counter (
        year int PRIMARY KEY,
        last_sequence int NOT NULL
      )`);

    await q.query(`
      CREATE TABLE request_event (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        request_id uuid NOT NULL REFERENCES service_request (id) ON DELETE CASCADE,
        actor_id uuid REFERENCES app_user (id) ON DELETE SET NULL,
        type text NOT NULL,
        from_status text,
        to_status text,
        comment text,
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX request_event_request_idx ON request_event (request_id, created_at)`,
    );

    await q.query(`
      CREATE TABLE notification (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        idempotency_key text NOT NULL UNIQUE,
        kind text NOT NULL,
        request_id uuid REFERENCES service_request (id) ON DELETE SET NULL,
        recipient text NOT NULL,
        locale text NOT NULL,
        subject text NOT NULL,
        text_body text NOT NULL,
        html_body text NOT NULL,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
        attempts int NOT NULL DEFAULT 0,
        next_attempt_at timestamptz(3) NOT NULL DEFAULT now(),
        locked_until timestamptz(3),
        last_error text,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        sent_at timestamptz(3)
      )`);
    await q.query(
      `CREATE INDEX notification_due_idx ON notification (next_attempt_at) WHERE status = 'pending'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'notification',
      'request_event',
      'reference_counter',
      'requested_biobank',
      'service_request',
      'coordinator_biobank',
      'service',
      'biobank',
      'user_session',
      'app_user',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
