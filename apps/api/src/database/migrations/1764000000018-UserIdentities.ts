import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Institutional sign-in: which person at which OpenID Connect provider (issuer and subject)
 * is which account. Someone who only ever signs in through their institution has no password.
 */
export class UserIdentities1764000000018 implements MigrationInterface {
  name = 'UserIdentities1764000000018';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE user_identity (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        issuer text NOT NULL,
        subject text NOT NULL,
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        email text NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT user_identity_issuer_subject UNIQUE (issuer, subject)
      )`);
    await q.query(`CREATE INDEX user_identity_user ON user_identity (user_id)`);
    await q.query(`ALTER TABLE app_user ALTER COLUMN password_hash DROP NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE user_identity`);
    // Accounts without a password cannot survive the old constraint; they go with the table.
    await q.query(`DELETE FROM app_user WHERE password_hash IS NULL`);
    await q.query(`ALTER TABLE app_user ALTER COLUMN password_hash SET NOT NULL`);
  }
}
