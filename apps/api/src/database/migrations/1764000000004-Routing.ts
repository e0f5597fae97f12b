import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A request handed to biobanks: one row per routed biobank, each with its own status. */
export class Routing1764000000004 implements MigrationInterface {
  name = 'Routing1764000000004';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE routing (
        request_id uuid NOT NULL REFERENCES service_request (id) ON DELETE CASCADE,
        biobank_code text NOT NULL REFERENCES biobank (code) ON UPDATE CASCADE,
        status text NOT NULL CHECK (status IN ('pending', 'accepted', 'declined', 'in_progress', 'delivered')),
        note text,
        decline_reason text,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (request_id, biobank_code)
      )`);
    // A coordinator's queue: the requests routed to their biobanks.
    await q.query(`CREATE INDEX routing_biobank_idx ON routing (biobank_code, request_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE routing`);
  }
}
