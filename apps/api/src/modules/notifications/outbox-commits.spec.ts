import type {
  DataSource,
  EntitySubscriberInterface,
  InsertEvent,
  QueryRunner,
  TransactionCommitEvent,
} from 'typeorm';
import { OutboxMail } from './outbox-mail.entity';
import { watchOutboxCommits } from './outbox-commits';

function watched() {
  const dataSource = { subscribers: [] as EntitySubscriberInterface[] };
  const onCommitted = jest.fn();
  watchOutboxCommits(dataSource as unknown as DataSource, onCommitted);
  const [subscriber] = dataSource.subscribers;
  const insert = (queryRunner: Partial<QueryRunner>) =>
    subscriber.afterInsert?.({ queryRunner } as InsertEvent<unknown>);
  const commit = (queryRunner: Partial<QueryRunner>) =>
    subscriber.afterTransactionCommit?.({ queryRunner } as TransactionCommitEvent);
  return { subscriber, onCommitted, insert, commit };
}

describe('watchOutboxCommits', () => {
  it('listens to the outbox only', () => {
    expect(watched().subscriber.listenTo?.()).toBe(OutboxMail);
  });

  it('reports mails written in a transaction once it commits, and only then', () => {
    const { onCommitted, insert, commit } = watched();
    const transaction = { isTransactionActive: true, data: {} };
    insert(transaction);
    insert(transaction);
    expect(onCommitted).not.toHaveBeenCalled();
    commit(transaction);
    expect(onCommitted).toHaveBeenCalledTimes(1);
    commit(transaction); // the same connection's next transaction wrote no mail
    expect(onCommitted).toHaveBeenCalledTimes(1);
  });

  it('ignores transactions that wrote no mail', () => {
    const { onCommitted, commit } = watched();
    commit({ isTransactionActive: true, data: {} });
    expect(onCommitted).not.toHaveBeenCalled();
  });

  it('reports a write outside a transaction at once', () => {
    const { onCommitted, insert } = watched();
    insert({ isTransactionActive: false, data: {} });
    expect(onCommitted).toHaveBeenCalledTimes(1);
  });
});
