import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A biobank's shared mailbox: told of everything its coordinators are told of, so that a
 * biobank reaches someone also while it has no coordinator in the portal.
 */
export class BiobankMailbox1764000000010 implements MigrationInterface {
  name = 'BiobankMailbox1764000000010';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE biobank ADD COLUMN shared_mailbox text NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE biobank DROP COLUMN shared_mailbox`);
  }
}
