import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What delivery by several workers needs: the lease token of the worker holding a mail (so only
 * it records the outcome), when the mail was last claimed and its recipient's domain (the
 * per-domain rate limit counts claims of the last minute), and the admins' outbox list.
 */
export class NotificationDelivery1764000000007 implements MigrationInterface {
  name = 'NotificationDelivery1764000000007';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE notification
        ADD COLUMN lease_token uuid,
        ADD COLUMN claimed_at timestamptz(3),
        ADD COLUMN recipient_domain text GENERATED ALWAYS AS (lower(split_part(recipient, '@', 2))) STORED`);
    await q.query(
      `CREATE INDEX notification_claimed_idx ON notification (claimed_at, recipient_domain)`,
    );
    await q.query(
      `CREATE INDEX notification_status_created_idx ON notification (status, created_at DESC, id DESC)`,
    );
    await q.query(
      `CREATE INDEX notification_created_idx ON notification (created_at DESC, id DESC)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX notification_created_idx`);
    await q.query(`DROP INDEX notification_status_created_idx`);
    await q.query(`DROP INDEX notification_claimed_idx`);
    await q.query(
      `ALTER TABLE notification DROP COLUMN recipient_domain, DROP COLUMN claimed_at, DROP COLUMN lease_token`,
    );
  }
}
