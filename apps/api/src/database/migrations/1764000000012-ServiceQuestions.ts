import { LAUNCH_QUESTIONS } from '@bgb/domain';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Service-specific questions, versioned: a new version is a new row, so a request keeps
 * pointing at the questions it was answered under. Version 1 of every service is the set the
 * portal is launched with; a request submitted before this has no answers (both columns null).
 */
export class ServiceQuestions1764000000012 implements MigrationInterface {
  name = 'ServiceQuestions1764000000012';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE service_question_set (
        service_id uuid NOT NULL REFERENCES service (id),
        version int NOT NULL CHECK (version >= 1),
        questions jsonb NOT NULL,
        published_at timestamptz(3) NOT NULL DEFAULT now(),
        -- Null for the launch questions; an administrator who leaves keeps their versions.
        published_by_id uuid REFERENCES app_user (id) ON DELETE SET NULL,
        PRIMARY KEY (service_id, version)
      )`);
    for (const [slug, questions] of Object.entries(LAUNCH_QUESTIONS)) {
      await q.query(
        `INSERT INTO service_question_set (service_id, version, questions)
         SELECT id, 1, $2::jsonb FROM service WHERE slug = $1`,
        [slug, JSON.stringify(questions)],
      );
    }
    await q.query(`
      ALTER TABLE service_request
        ADD COLUMN question_set_version int NULL,
        ADD COLUMN answers jsonb NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE service_request
        DROP COLUMN answers,
        DROP COLUMN question_set_version`);
    await q.query(`DROP TABLE service_question_set`);
  }
}
