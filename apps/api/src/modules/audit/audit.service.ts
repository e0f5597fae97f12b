import { type AuditEventList, auditRange, type ListAuditEventsQuery } from '@bgb/contracts';
import { Injectable } from '@nestjs/common';
import type { z } from 'zod';
import { keysetPage } from '../../common/keyset-page';
import { isUuid } from '../../common/uuid';
import {
  decodeNotificationCursor,
  encodeNotificationCursor,
} from '../notifications/notification-cursor';
import { AuditRepository } from './audit.repository';
import type { AuditEvent } from './audit-event.entity';

type ListInput = z.output<typeof ListAuditEventsQuery>;

/** The administrators' view of the audit trail; the controller admits admins only. */
@Injectable()
export class AuditService {
  constructor(private readonly events: AuditRepository) {}

  async list(query: ListInput): Promise<AuditEventList> {
    // Decoded before anything is read, so a bad cursor is a 400 whatever the filters.
    const after = query.cursor ? decodeNotificationCursor(query.cursor) : undefined;
    const rows = await this.events.page({
      actor: query.actor
        ? isUuid(query.actor)
          ? { id: query.actor }
          : { email: query.actor }
        : undefined,
      action: query.action,
      ...auditRange(query),
      after,
      limit: query.limit + 1,
    });
    const { items, nextCursor } = keysetPage(rows, query.limit, (last) =>
      encodeNotificationCursor({ createdAt: last.at.toISOString(), id: last.id }),
    );
    return { items: items.map(toItem), nextCursor };
  }
}

function toItem(event: AuditEvent): AuditEventList['items'][number] {
  return {
    id: event.id,
    at: event.at.toISOString(),
    action: event.action,
    actorId: event.actorId,
    actorEmail: event.actorEmail,
    targetType: event.targetType,
    targetId: event.targetId,
    ip: event.ip,
    details: event.details,
  };
}
