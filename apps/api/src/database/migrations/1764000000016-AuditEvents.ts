import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit trail: who did what to which account or setting, when and from where. Rows are
 * only ever added; the trigger refuses changes so even a bug in the API cannot rewrite history.
 */
export class AuditEvents1764000000016 implements MigrationInterface {
  name = 'AuditEvents1764000000016';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE audit_event (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        at timestamptz(3) NOT NULL DEFAULT now(),
        action text NOT NULL,
        actor_id uuid NULL,
        actor_email text NULL,
        target_type text NULL,
        target_id text NULL,
        ip text NULL,
        details jsonb NOT NULL DEFAULT '{}'::jsonb
      )`);
    // Newest first, also per actor and per action: the admin page's filters.
    await q.query(`CREATE INDEX audit_event_at ON audit_event (at DESC, id DESC)`);
    await q.query(`CREATE INDEX audit_event_actor ON audit_event (actor_id, at DESC)`);
    await q.query(`CREATE INDEX audit_event_action ON audit_event (action, at DESC)`);
    await q.query(`
      CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_event is append-only';
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
      FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_event`);
    await q.query(`DROP FUNCTION audit_event_append_only()`);
  }
}
