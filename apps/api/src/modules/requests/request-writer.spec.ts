import type { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../../common/auth.decorators';
import { RequestEvents } from './request-events';
import { RequestWriter } from './request-writer';
import type { RequestsRepository } from './requests.repository';
import type { ServiceRequest } from './service-request.entity';

const secretariat = { id: 'sec', name: 'Søren', roles: ['secretariat'] } as AuthUser;

/** A transaction that records what was written, in order; `affected` is what the update finds. */
function fakeTransaction(affected = 1) {
  const writes: string[] = [];
  let updated: { set: Record<string, unknown>; where: string } | undefined;
  const manager = {
    createQueryBuilder: () => ({
      update: () => ({
        set: (set: Record<string, unknown>) => ({
          where: (where: string) => ({
            execute: async () => {
              updated = { set, where };
              writes.push('request');
              return { affected };
            },
          }),
        }),
      }),
    }),
    insert: async (_entity: unknown, row: { type: string }) => {
      writes.push(`history:${row.type}`);
      return { identifiers: [{ id: `event-${writes.length}` }] };
    },
  } as unknown as EntityManager;
  const dataSource = {
    transaction: (work: (manager: EntityManager) => Promise<unknown>) => work(manager),
  } as unknown as DataSource;
  return { manager, dataSource, writes, updated: () => updated };
}

function writerOn(
  transaction: ReturnType<typeof fakeTransaction>,
  request: Partial<ServiceRequest> = {},
) {
  const events = new RequestEvents();
  const repository = {
    findVisible: async () => ({ id: 'r1', version: 3, status: 'submitted', ...request }),
  } as unknown as RequestsRepository;
  return { writer: new RequestWriter(transaction.dataSource, repository, events), events };
}

const startTriage = {
  apply: async () => ({
    columns: { status: 'in_triage' as const },
    events: [
      {
        history: { type: 'start_triage' },
        event: { type: 'stepped' as const, action: 'start_triage' as const },
      },
    ],
  }),
};

describe('a change to a request', () => {
  it('saves, appends the history and hands the event to its handlers in the same transaction', async () => {
    const transaction = fakeTransaction();
    const { writer, events } = writerOn(transaction);
    const heard: string[] = [];
    events.on('stepped', async (event, context) => {
      expect(context.manager).toBe(transaction.manager);
      heard.push(`first:${event.action}:${context.occasion}`);
      transaction.writes.push('outbox');
    });
    events.on('stepped', async () => {
      heard.push('second');
    });
    await writer.change(secretariat, 'r1', 3, startTriage);
    expect(transaction.writes).toEqual(['request', 'history:start_triage', 'outbox']);
    expect(heard).toEqual(['first:start_triage:event-2', 'second']);
    expect(transaction.updated()?.where).toBe('id = :id AND version = :version');
  });

  it('refuses with the domain rule’s refusal before it looks at the version', async () => {
    const transaction = fakeTransaction();
    const { writer } = writerOn(transaction);
    await expect(
      writer.change(secretariat, 'r1', 1, {
        rule: () => ({ ok: false, refusal: { code: 'route_before_triage', status: 'submitted' } }),
        ...startTriage,
      }),
    ).rejects.toMatchObject({ status: 409, code: 'TRANSITION_NOT_ALLOWED' });
    expect(transaction.writes).toEqual([]);
  });

  it('is a version conflict when the caller saw an older version, or another change won the race', async () => {
    const stale = fakeTransaction();
    await expect(
      writerOn(stale).writer.change(secretariat, 'r1', 2, startTriage),
    ).rejects.toMatchObject({ status: 409, code: 'VERSION_CONFLICT' });
    expect(stale.writes).toEqual([]);

    const raced = fakeTransaction(0);
    await expect(
      writerOn(raced).writer.change(secretariat, 'r1', undefined, startTriage),
    ).rejects.toMatchObject({ code: 'VERSION_CONFLICT' });
    expect(raced.writes).toEqual(['request']);
  });

  it('writes nothing when the change changes nothing', async () => {
    const transaction = fakeTransaction();
    await writerOn(transaction).writer.change(secretariat, 'r1', 3, { apply: async () => null });
    expect(transaction.writes).toEqual([]);
  });

  it('keeps the version for a post, which is no change of the request', async () => {
    const transaction = fakeTransaction();
    const { writer, events } = writerOn(transaction);
    const occasions: string[] = [];
    events.on('message_posted', async (_event, { occasion }) => {
      occasions.push(occasion);
    });
    await writer.change(secretariat, 'r1', undefined, {
      apply: async () => ({
        columns: {},
        keepVersion: true,
        events: [
          {
            occasion: 'm1',
            event: { type: 'message_posted', message: { id: 'm1' } as never },
          },
        ],
      }),
    });
    expect(transaction.updated()?.set).not.toHaveProperty('version');
    expect(transaction.updated()?.where).toBe('id = :id');
    expect(transaction.writes).toEqual(['request']);
    expect(occasions).toEqual(['m1']);
  });

  it('undoes the change when a handler fails: the error leaves the transaction', async () => {
    const transaction = fakeTransaction();
    const { writer, events } = writerOn(transaction);
    events.on('stepped', async () => {
      throw new Error('outbox unavailable');
    });
    await expect(writer.change(secretariat, 'r1', 3, startTriage)).rejects.toThrow(
      'outbox unavailable',
    );
  });
});
