import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A second factor per user: the TOTP secret, encrypted by the API before it is stored (a
 * secret set up but not yet confirmed has no `totp_enabled_at`), the last time step a code
 * was accepted for (so no code works twice), and single-use recovery codes, kept hashed.
 */
export class TotpSecondFactor1764000000019 implements MigrationInterface {
  name = 'TotpSecondFactor1764000000019';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE app_user
        ADD COLUMN totp_secret text NULL,
        ADD COLUMN totp_enabled_at timestamptz(3) NULL,
        ADD COLUMN totp_last_used_step bigint NULL`);
    await q.query(`
      CREATE TABLE mfa_recovery_code (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        code_hash text NOT NULL,
        used_at timestamptz(3) NULL
      )`);
    await q.query(`CREATE INDEX mfa_recovery_code_user ON mfa_recovery_code (user_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE mfa_recovery_code`);
    await q.query(`
      ALTER TABLE app_user
        DROP COLUMN totp_secret,
        DROP COLUMN totp_enabled_at,
        DROP COLUMN totp_last_used_step`);
  }
}
