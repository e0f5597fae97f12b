import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The account lifecycle: a verified e-mail address, single-use tokens for the links mailed to
 * people (verify the address, reset the password, confirm a new address), and what a person
 * sees of their own sessions.
 */
export class AccountTokens1764000000015 implements MigrationInterface {
  name = 'AccountTokens1764000000015';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE app_user ADD COLUMN email_verified_at timestamptz(3) NULL`);
    // Everyone who already had an account was let in before verification existed.
    await q.query(`UPDATE app_user SET email_verified_at = now()`);
    await q.query(`
      CREATE TABLE account_token (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        purpose text NOT NULL,
        token_hash text NOT NULL UNIQUE,
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        email text NOT NULL,
        data jsonb NOT NULL DEFAULT '{}'::jsonb,
        expires_at timestamptz(3) NOT NULL,
        used_at timestamptz(3) NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX account_token_user ON account_token (user_id, purpose)`);
    await q.query(`
      ALTER TABLE user_session
        ADD COLUMN created_at timestamptz(3) NOT NULL DEFAULT now(),
        ADD COLUMN last_seen_at timestamptz(3) NOT NULL DEFAULT now(),
        ADD COLUMN user_agent text NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE user_session DROP COLUMN created_at, DROP COLUMN last_seen_at, DROP COLUMN user_agent`,
    );
    await q.query(`DROP TABLE account_token`);
    await q.query(`ALTER TABLE app_user DROP COLUMN email_verified_at`);
  }
}
