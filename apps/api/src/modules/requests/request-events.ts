import type { LocalizedText, RequestAction, RequestStatus, RoutingAction } from '@bgb/contracts';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../../common/auth.decorators';
import type { Biobank } from '../catalogue/biobank.entity';
import type { Service } from '../catalogue/service.entity';
import type { RequestMessage } from '../messages/request-message.entity';
import type { User } from '../users/user.entity';
import type { ServiceRequest } from './service-request.entity';

/** What happened to a request, as those who react to it (e.g. its mails) need to know it. */
export type RequestDomainEvent =
  | { type: 'submitted'; service: Service; biobankCodes: string[] }
  | { type: 'stepped'; action: RequestAction; comment?: string }
  | { type: 'edited' }
  | { type: 'assigned'; assignee: User }
  | { type: 'unassigned' }
  | { type: 'priority_changed' }
  | { type: 'routed'; biobanks: Biobank[]; note?: string }
  | {
      type: 'routing_stepped';
      action: RoutingAction;
      biobank: LocalizedText;
      requestTo: RequestStatus;
      comment?: string;
    }
  | { type: 'message_posted'; message: RequestMessage };

type RequestEventType = RequestDomainEvent['type'];
type EventOf<T extends RequestEventType> = Extract<RequestDomainEvent, { type: T }>;

export interface RequestEventContext {
  /** The request as it was loaded, before this change. */
  request: ServiceRequest;
  actor: AuthUser;
  /** The history line or message the event stems from: it makes each of its mails unique. */
  occasion: string;
  /** The change's transaction: what a handler writes commits, or rolls back, with the change. */
  manager: EntityManager;
}

export type RequestEventHandler<T extends RequestEventType> = (
  event: EventOf<T>,
  context: RequestEventContext,
) => Promise<void>;

/**
 * Hands each event of a request to its subscribers, one after the other and inside the
 * transaction of the change: a handler's failure undoes the change, and nothing a handler
 * writes outlives a change that rolled back.
 */
@Injectable()
export class RequestEvents {
  private readonly handlers = new Map<RequestEventType, RequestEventHandler<never>[]>();

  on<T extends RequestEventType>(type: T, handler: RequestEventHandler<T>): void {
    this.handlers.set(type, [
      ...(this.handlers.get(type) ?? []),
      handler as unknown as RequestEventHandler<never>,
    ]);
  }

  async publish(event: RequestDomainEvent, context: RequestEventContext): Promise<void> {
    for (const handler of this.handlers.get(event.type) ?? []) {
      await handler(event as never, context);
    }
  }
}
