import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What each user wants to be mailed about, their in-app notification centre, and the extra
 * headers (one-click unsubscribe) an outbox mail is sent with.
 */
export class NotificationPreferences1764000000008 implements MigrationInterface {
  name = 'NotificationPreferences1764000000008';

  async up(q: QueryRunner): Promise<void> {
    // Only choices that differ from the default are stored; a missing row means `immediate`.
    await q.query(`
      CREATE TABLE notification_preference (
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        kind text NOT NULL,
        delivery text NOT NULL CHECK (delivery IN ('immediate', 'digest', 'off')),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, kind)
      )`);
    await q.query(`
      CREATE TABLE user_notification (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        -- The mail's key: the same event never puts the same item in someone's list twice.
        idempotency_key text NOT NULL UNIQUE,
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        kind text NOT NULL,
        event text NOT NULL,
        request_id uuid REFERENCES service_request (id) ON DELETE SET NULL,
        reference text,
        -- Short values (title, author, biobank) the summary is written from, in any language.
        details jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        read_at timestamptz(3),
        digest_pending boolean NOT NULL DEFAULT false,
        digested_at timestamptz(3)
      )`);
    await q.query(
      `CREATE INDEX user_notification_list_idx ON user_notification (user_id, created_at DESC, id DESC)`,
    );
    await q.query(
      `CREATE INDEX user_notification_unread_idx ON user_notification (user_id) WHERE read_at IS NULL`,
    );
    await q.query(
      `CREATE INDEX user_notification_digest_idx ON user_notification (user_id) WHERE digest_pending`,
    );
    await q.query(`ALTER TABLE notification ADD COLUMN headers jsonb NOT NULL DEFAULT '{}'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE notification DROP COLUMN headers`);
    await q.query(`DROP TABLE user_notification`);
    await q.query(`DROP TABLE notification_preference`);
  }
}
