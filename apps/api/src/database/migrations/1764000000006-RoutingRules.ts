import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The administrators' routing rules: service + requested biobanks → suggested biobanks and a
 * default case handler. Biobank codes are arrays (PostgreSQL cannot reference array elements);
 * the API checks them against the catalogue on every write.
 */
export class RoutingRules1764000000006 implements MigrationInterface {
  name = 'RoutingRules1764000000006';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE routing_rule (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        service_id uuid REFERENCES service (id),
        requested_biobank_codes text[] NOT NULL DEFAULT '{}',
        suggested_biobank_codes text[] NOT NULL DEFAULT '{}',
        -- A case handler who leaves keeps the rule; it simply proposes nobody any more.
        default_assignee_id uuid REFERENCES app_user (id) ON DELETE SET NULL,
        version int NOT NULL DEFAULT 1,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE routing_rule`);
  }
}
