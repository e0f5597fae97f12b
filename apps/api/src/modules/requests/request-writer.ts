import type { RequestStatus } from '@bgb/contracts';
import type { Decision } from '@bgb/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import type { AuthUser } from '../../common/auth.decorators';
import { isUuid } from '../../common/uuid';
import { RequestEvent } from './request-event.entity';
import { type RequestDomainEvent, RequestEvents } from './request-events';
import { refusalError, staleVersion } from './request-refusals';
import { RequestsRepository } from './requests.repository';
import { ServiceRequest } from './service-request.entity';

/** One line of the request's history, as a change writes it. */
export interface HistoryLine {
  type: string;
  fromStatus?: RequestStatus | null;
  toStatus?: RequestStatus | null;
  comment?: string | null;
  details?: Record<string, string> | null;
}

/**
 * An event of the change and where it is recorded: a line of the history, or (for a post) the
 * message that is already part of the history.
 */
export type RecordedEvent = { event: RequestDomainEvent } & (
  { history: HistoryLine } | { occasion: string }
);

interface RequestChange {
  /** The request's own columns that change; last activity moves with every change. */
  columns: QueryDeepPartialEntity<ServiceRequest>;
  /**
   * A post on the conversation is not a change of the request: it keeps the version, so that
   * nobody editing the request meanwhile meets a conflict.
   */
  keepVersion?: true;
  events: RecordedEvent[];
}

export interface ChangeSteps<T extends object> {
  /** The domain's rule for this change; its refusal is the caller's error. */
  rule?: (request: ServiceRequest) => Decision<T>;
  /**
   * What the change is, given what the rule decided; `null` when there is nothing to change.
   * Writes beyond the request's row (routings, a message) go through `manager`.
   */
  apply: (
    request: ServiceRequest,
    decided: T,
    manager: EntityManager,
  ) => Promise<RequestChange | null>;
}

/**
 * The one way a request changes: in one transaction, load it as the caller may see it, apply
 * the domain's rule, check the version the caller saw, save, append the history and publish
 * the events — whose handlers (the mails, among others) write in that same transaction.
 */
@Injectable()
export class RequestWriter {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: RequestsRepository,
    private readonly events: RequestEvents,
  ) {}

  async change<T extends object>(
    actor: AuthUser,
    id: string,
    /** The version the caller saw; without it, the version this transaction loaded. */
    expectedVersion: number | undefined,
    steps: ChangeSteps<T>,
    {
      serialize = false,
    }: {
      /**
       * Locks the request before reading it, so that changes which do not name a version (a
       * biobank's step) go one after the other, each seeing what the last one left.
       */
      serialize?: boolean;
    } = {},
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      if (serialize && isUuid(id)) {
        await manager
          .createQueryBuilder(ServiceRequest, 'request')
          .setLock('pessimistic_write')
          .where('request.id = :id', { id })
          .getOne();
      }
      const request = await this.repository.findVisible(actor, id, manager);
      const decided = steps.rule ? steps.rule(request) : ({ ok: true } as Decision<T>);
      if (!decided.ok) throw refusalError(decided.refusal);
      if (expectedVersion !== undefined && expectedVersion !== request.version) {
        throw staleVersion();
      }
      const change = await steps.apply(request, decided, manager);
      if (!change) return;
      // The version in the WHERE clause makes the check and the write one atomic step.
      const result = await manager
        .createQueryBuilder()
        .update(ServiceRequest)
        .set({
          ...change.columns,
          ...(change.keepVersion ? {} : { version: () => 'version + 1' }),
          lastActivityAt: () => 'now()',
        })
        .where(change.keepVersion ? 'id = :id' : 'id = :id AND version = :version', {
          id: request.id,
          version: request.version,
        })
        .execute();
      if (result.affected !== 1) throw staleVersion();
      await this.record(manager, actor, request, change.events);
    });
  }

  /**
   * Appends the history and publishes the events of a change already saved: the tail of
   * `change`, and of a submission, which creates its request rather than loading one.
   */
  async record(
    manager: EntityManager,
    actor: AuthUser,
    request: ServiceRequest,
    events: RecordedEvent[],
  ): Promise<void> {
    for (const recorded of events) {
      const occasion =
        'history' in recorded
          ? await this.appendHistory(manager, actor, request.id, recorded.history)
          : recorded.occasion;
      await this.events.publish(recorded.event, { request, actor, occasion, manager });
    }
  }

  private async appendHistory(
    manager: EntityManager,
    actor: AuthUser,
    requestId: string,
    line: HistoryLine,
  ): Promise<string> {
    const inserted = await manager.insert(RequestEvent, {
      fromStatus: null,
      toStatus: null,
      comment: null,
      details: null,
      ...line,
      requestId,
      actorId: actor.id,
    });
    return String(inserted.identifiers[0].id);
  }
}
