import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The conversation on a request: public posts and internal notes. */
export class RequestMessages1764000000002 implements MigrationInterface {
  name = 'RequestMessages1764000000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE request_message (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        request_id uuid NOT NULL REFERENCES service_request (id) ON DELETE CASCADE,
        author_id uuid NOT NULL REFERENCES app_user (id),
        body text NOT NULL CHECK (length(body) BETWEEN 1 AND 10000),
        internal boolean NOT NULL DEFAULT false,
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX request_message_request_idx ON request_message (request_id, created_at)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE request_message`);
  }
}
