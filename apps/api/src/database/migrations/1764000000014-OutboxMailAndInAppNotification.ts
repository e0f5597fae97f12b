import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Each table's indexes and constraints, by their name under the old table name. */
const RENAMES = [
  {
    from: 'notification',
    to: 'outbox_mail',
    indexes: ['due_idx', 'claimed_idx', 'status_created_idx', 'created_idx'],
    constraints: ['pkey', 'idempotency_key_key', 'request_id_fkey', 'status_check'],
  },
  {
    from: 'user_notification',
    to: 'in_app_notification',
    indexes: ['list_idx', 'unread_idx', 'digest_idx'],
    constraints: ['pkey', 'idempotency_key_key', 'user_id_fkey', 'request_id_fkey'],
  },
];

/**
 * One name per thing: the mails waiting in the outbox are `outbox_mail`, the items of a
 * person's notification centre `in_app_notification`. Only names change; the rows, and the
 * indexes and constraints under their new names, stay as they were.
 */
export class OutboxMailAndInAppNotification1764000000014 implements MigrationInterface {
  name = 'OutboxMailAndInAppNotification1764000000014';

  async up(q: QueryRunner): Promise<void> {
    for (const table of RENAMES) await rename(q, table.from, table.to, table);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of RENAMES) await rename(q, table.to, table.from, table);
  }
}

async function rename(
  q: QueryRunner,
  from: string,
  to: string,
  { indexes, constraints }: { indexes: string[]; constraints: string[] },
): Promise<void> {
  await q.query(`ALTER TABLE ${from} RENAME TO ${to}`);
  for (const suffix of constraints) {
    await q.query(`ALTER TABLE ${to} RENAME CONSTRAINT ${from}_${suffix} TO ${to}_${suffix}`);
  }
  for (const suffix of indexes) {
    await q.query(`ALTER INDEX ${from}_${suffix} RENAME TO ${to}_${suffix}`);
  }
}
