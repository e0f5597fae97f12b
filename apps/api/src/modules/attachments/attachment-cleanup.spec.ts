import { Logger } from '@nestjs/common';
import type { DataSource, EntityManager, QueryRunner, TransactionCommitEvent } from 'typeorm';
import { AttachmentCleanup } from './attachment-cleanup';
import { FileStorage, type FileUpload } from './file-storage';

/** Remembers which files were deleted. */
class FakeStorage extends FileStorage {
  readonly deleted: string[] = [];
  createUpload(): Promise<FileUpload> {
    throw new Error('not used');
  }
  finalize(): Promise<string> {
    throw new Error('not used');
  }
  read(): never {
    throw new Error('not used');
  }
  async delete(key: string): Promise<void> {
    this.deleted.push(key);
  }
}

/** A manager over one request's rows; `inTransaction` as inside `dataSource.transaction`. */
function fakeManager(inTransaction: boolean) {
  const rows = [
    { id: 'a', requestId: 'r1', storageKey: 'files/a' },
    { id: 'b', requestId: 'r1', storageKey: 'files/b' },
  ];
  const deletedRows: unknown[] = [];
  const queryRunner = { isTransactionActive: inTransaction } as QueryRunner;
  const manager = {
    queryRunner,
    find: async () => rows,
    delete: async (_entity: unknown, criteria: unknown) => {
      deletedRows.push(criteria);
      return { affected: rows.length };
    },
  } as unknown as EntityManager;
  return { manager, queryRunner, deletedRows };
}

describe('deleting the files of a request', () => {
  let storage: FakeStorage;
  let service: AttachmentCleanup;
  beforeEach(() => {
    storage = new FakeStorage();
    service = new AttachmentCleanup({ subscribers: [] } as unknown as DataSource, storage);
  });

  it('deletes the rows in the transaction and the files only once it commits', async () => {
    const { manager, queryRunner, deletedRows } = fakeManager(true);
    await service.deleteForRequest(manager, 'r1');
    expect(deletedRows).toHaveLength(1);
    expect(storage.deleted).toEqual([]);
    await service.afterTransactionCommit({ queryRunner } as TransactionCommitEvent);
    expect(storage.deleted).toEqual(['files/a', 'files/b']);
  });

  it('keeps the files when the transaction rolls back', async () => {
    const { manager, queryRunner } = fakeManager(true);
    await service.deleteForRequest(manager, 'r1');
    service.afterTransactionRollback({ queryRunner } as TransactionCommitEvent);
    await service.afterTransactionCommit({ queryRunner } as TransactionCommitEvent);
    expect(storage.deleted).toEqual([]);
  });

  it('deletes the files at once outside a transaction', async () => {
    const { manager } = fakeManager(false);
    await service.deleteForRequest(manager, 'r1');
    expect(storage.deleted).toEqual(['files/a', 'files/b']);
  });

  it('does not let a file that cannot be deleted undo the deletion', async () => {
    const { manager, queryRunner } = fakeManager(true);
    const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    storage.delete = async () => {
      throw new Error('disk gone');
    };
    await service.deleteForRequest(manager, 'r1');
    await expect(
      service.afterTransactionCommit({ queryRunner } as TransactionCommitEvent),
    ).resolves.toBeUndefined();
    expect(logged).toHaveBeenCalledTimes(2);
    logged.mockRestore();
  });
});
