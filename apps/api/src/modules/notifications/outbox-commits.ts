import type {
  DataSource,
  EntitySubscriberInterface,
  InsertEvent,
  QueryRunner,
  TransactionCommitEvent,
} from 'typeorm';
import { OutboxMail } from './outbox-mail.entity';

const WROTE_OUTBOX = 'wroteOutbox';

/**
 * Calls `onCommitted` once a transaction that wrote mails to the outbox has committed (or at
 * once, for a write outside a transaction), so the delivery loop of this process sends them
 * without waiting for its next poll. Polling stays for what other processes write.
 */
export function watchOutboxCommits(dataSource: DataSource, onCommitted: () => void): void {
  const flags = (queryRunner: QueryRunner) => queryRunner.data as Record<string, unknown>;
  const subscriber: EntitySubscriberInterface<OutboxMail> = {
    listenTo: () => OutboxMail,
    afterInsert({ queryRunner }: InsertEvent<OutboxMail>) {
      if (queryRunner.isTransactionActive) flags(queryRunner)[WROTE_OUTBOX] = true;
      else onCommitted();
    },
    afterTransactionCommit({ queryRunner }: TransactionCommitEvent) {
      if (!flags(queryRunner)[WROTE_OUTBOX]) return;
      delete flags(queryRunner)[WROTE_OUTBOX];
      onCommitted();
    },
  };
  dataSource.subscribers.push(subscriber);
}
