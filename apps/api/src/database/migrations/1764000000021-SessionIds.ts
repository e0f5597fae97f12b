import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * People list and end their own sessions. The session id (sid) is the cookie's value, a bearer
 * credential that must never reach a page; each session gets an id of its own to be named by.
 */
export class SessionIds1764000000021 implements MigrationInterface {
  name = 'SessionIds1764000000021';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE user_session ADD COLUMN id uuid NOT NULL DEFAULT gen_random_uuid()`);
    await q.query(`CREATE UNIQUE INDEX user_session_id ON user_session (id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE user_session DROP COLUMN id`);
  }
}
