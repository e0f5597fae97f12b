import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type DataSource,
  type EntityManager,
  type EntitySubscriberInterface,
  In,
  type QueryRunner,
  type TransactionCommitEvent,
  type TransactionRollbackEvent,
} from 'typeorm';
import { Attachment } from './attachment.entity';
import { FileStorage } from './file-storage';

/**
 * Deletes files: their rows in the caller's transaction, their bytes once it commits (never,
 * if it rolls back), so that a file is never gone while its row is still there.
 */
@Injectable()
export class AttachmentCleanup implements OnModuleInit, EntitySubscriberInterface {
  private readonly logger = new Logger(AttachmentCleanup.name);
  /** Files of rows deleted inside a transaction still open, removed once it commits. */
  private readonly afterCommit = new WeakMap<QueryRunner, string[]>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly storage: FileStorage,
  ) {}

  onModuleInit(): void {
    this.dataSource.subscribers.push(this);
  }

  /** Deletes every file of a request; outside a transaction, at once. */
  async deleteForRequest(manager: EntityManager, requestId: string): Promise<void> {
    await this.delete(manager, await manager.find(Attachment, { where: { requestId } }));
  }

  async delete(manager: EntityManager, rows: Attachment[]): Promise<void> {
    if (rows.length === 0) return;
    await manager.delete(Attachment, { id: In(rows.map((row) => row.id)) });
    const keys = rows.map((row) => row.storageKey);
    const runner = manager.queryRunner;
    if (runner?.isTransactionActive)
      this.afterCommit.set(runner, [...(this.afterCommit.get(runner) ?? []), ...keys]);
    else await this.deleteFiles(keys);
  }

  afterTransactionCommit(event: TransactionCommitEvent): Promise<void> {
    const keys = this.afterCommit.get(event.queryRunner) ?? [];
    this.afterCommit.delete(event.queryRunner);
    return this.deleteFiles(keys);
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    this.afterCommit.delete(event.queryRunner);
  }

  /** A file left behind is only disk space; it must not undo the deletion of its row. */
  private async deleteFiles(keys: string[]): Promise<void> {
    for (const key of keys) {
      await this.storage
        .delete(key)
        .catch((error: unknown) =>
          this.logger.error(
            `Could not delete the attachment file ${key}`,
            error instanceof Error ? error.stack : undefined,
          ),
        );
    }
  }
}
