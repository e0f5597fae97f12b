import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Files on a request: its own documents (protocol, approvals), those sent with a message, and
 * those uploaded for a message not yet sent (`pending`). The bytes live in the file storage
 * under `storage_key`; a row exists only once its file is complete and checked.
 */
export class Attachments1764000000013 implements MigrationInterface {
  name = 'Attachments1764000000013';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE attachment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        request_id uuid NOT NULL REFERENCES service_request (id),
        message_id uuid REFERENCES request_message (id),
        pending boolean NOT NULL DEFAULT false,
        uploaded_by_id uuid NOT NULL REFERENCES app_user (id),
        file_name text NOT NULL,
        media_type text NOT NULL,
        size_bytes bigint NOT NULL,
        storage_key text NOT NULL UNIQUE,
        sha256 char(64) NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        -- A file is sent with a message, still waiting for one, or the request's own; never two at once.
        CONSTRAINT attachment_pending_has_no_message CHECK (NOT (pending AND message_id IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX attachment_request_idx ON attachment (request_id, created_at)`);
    await q.query(
      `CREATE INDEX attachment_message_idx ON attachment (message_id) WHERE message_id IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE attachment`);
  }
}
