import type { MigrationInterface, QueryRunner } from 'typeorm';

const RENAMES = [
  { from: 'notification', to: 'outbox_mail' },
  { from: 'user_notification', to: 'in_app_notification' },
];

/**
 * One name per thing: the mails waiting in the outbox are `outbox_mail`, the items of a
 * person's notification centre `in_app_notification`. Only names change: the rows stay, and
 * the tables' constraints and indexes take the new table name as their prefix.
 */
export class OutboxMailAndInAppNotification1764000000014 implements MigrationInterface {
  name = 'OutboxMailAndInAppNotification1764000000014';

  async up(q: QueryRunner): Promise<void> {
    for (const { from, to } of RENAMES) await rename(q, from, to);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const { from, to } of RENAMES) await rename(q, to, from);
  }
}

/**
 * Renames the table, then whatever of its constraints and indexes carries its old name. Read
 * from the catalogue rather than listed, because PostgreSQL 18 also names each NOT NULL
 * constraint and older versions do not. (Renaming a primary key or unique constraint renames
 * its index too, so the indexes are read after the constraints.)
 */
async function rename(q: QueryRunner, from: string, to: string): Promise<void> {
  await q.query(`ALTER TABLE ${from} RENAME TO ${to}`);
  const constraints: { name: string }[] = await q.query(
    `SELECT conname AS name FROM pg_constraint WHERE conrelid = $1::regclass`,
    [to],
  );
  for (const { name } of constraints.filter(({ name }) => name.startsWith(`${from}_`))) {
    await q.query(`ALTER TABLE ${to} RENAME CONSTRAINT ${name} TO ${to}${name.slice(from.length)}`);
  }
  const indexes: { name: string }[] = await q.query(
    `SELECT indexname AS name FROM pg_indexes WHERE schemaname = current_schema() AND tablename = $1`,
    [to],
  );
  for (const { name } of indexes.filter(({ name }) => name.startsWith(`${from}_`))) {
    await q.query(`ALTER INDEX ${name} RENAME TO ${to}${name.slice(from.length)}`);
  }
}
