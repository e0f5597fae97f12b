import type { MigrationInterface, QueryRunner } from 'typeorm';

/** What a submitted request must have; a draft may lack any of it, a reference above all. */
const SUBMITTED_COLUMNS = [
  'reference',
  'title',
  'service_id',
  'project_description',
  'principal_investigator',
  'institution',
];

/**
 * Drafts: a request the researcher is still writing is a `service_request` row in status
 * `draft`, without a reference, whose content may be incomplete — the CHECK keeps every other
 * status complete. And the people and approvals of a request.
 */
export class RequestDrafts1764000000011 implements MigrationInterface {
  name = 'RequestDrafts1764000000011';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE service_request ${SUBMITTED_COLUMNS.map((column) => `ALTER COLUMN ${column} DROP NOT NULL`).join(', ')}`,
    );
    await q.query(`
      ALTER TABLE service_request ADD CONSTRAINT service_request_submitted_complete CHECK (
        status = 'draft' OR (${SUBMITTED_COLUMNS.map((column) => `${column} IS NOT NULL`).join(' AND ')}))`);
    await q.query(`
      ALTER TABLE service_request
        ADD COLUMN co_applicants jsonb NOT NULL DEFAULT '[]',
        ADD COLUMN funding text,
        ADD COLUMN industry_partner_name text,
        ADD COLUMN industry_partner_cvr text,
        ADD COLUMN ethics_approval_date date,
        ADD COLUMN ethics_committee text,
        ADD COLUMN data_protection_reference text,
        ADD COLUMN consent_basis text CHECK (consent_basis IN
          ('informed_consent', 'ethics_committee_exemption', 'not_required_by_law', 'not_applicable'))`);
    // A researcher's drafts, last edited first.
    await q.query(`
      CREATE INDEX service_request_draft_idx ON service_request (researcher_id, updated_at DESC, id DESC)
        WHERE status = 'draft'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM service_request WHERE status = 'draft'`);
    await q.query(`DROP INDEX service_request_draft_idx`);
    await q.query(`
      ALTER TABLE service_request
        DROP COLUMN co_applicants, DROP COLUMN funding, DROP COLUMN industry_partner_name,
        DROP COLUMN industry_partner_cvr, DROP COLUMN ethics_approval_date, DROP COLUMN ethics_committee,
        DROP COLUMN data_protection_reference, DROP COLUMN consent_basis`);
    await q.query(`ALTER TABLE service_request DROP CONSTRAINT service_request_submitted_complete`);
    await q.query(
      `ALTER TABLE service_request ${SUBMITTED_COLUMNS.map((column) => `ALTER COLUMN ${column} SET NOT NULL`).join(', ')}`,
    );
  }
}
