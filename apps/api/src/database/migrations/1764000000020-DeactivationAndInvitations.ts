import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Administrators deactivate accounts (kept, so history still names the person, but unable to
 * log in or get mail) and invite people by e-mail. An invitation keeps only the hash of its
 * link's token: a copy of the database cannot be used to accept it.
 */
export class DeactivationAndInvitations1764000000020 implements MigrationInterface {
  name = 'DeactivationAndInvitations1764000000020';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE app_user ADD COLUMN deactivated_at timestamptz(3) NULL`);
    await q.query(`
      CREATE TABLE invitation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL,
        name text NULL,
        roles text[] NOT NULL,
        biobank_codes text[] NOT NULL,
        locale text NOT NULL,
        token_hash text NOT NULL UNIQUE,
        invited_by uuid NULL REFERENCES app_user (id) ON DELETE SET NULL,
        expires_at timestamptz(3) NOT NULL,
        accepted_at timestamptz(3) NULL,
        revoked_at timestamptz(3) NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    // The admin page lists the pending ones; a new invitation replaces those of its address.
    await q.query(`
      CREATE INDEX invitation_pending ON invitation (lower(email), created_at DESC)
      WHERE accepted_at IS NULL AND revoked_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE invitation`);
    await q.query(`ALTER TABLE app_user DROP COLUMN deactivated_at`);
  }
}
