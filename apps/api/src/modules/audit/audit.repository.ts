import type { AuditAction } from '@bgb/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { NotificationCursor } from '../notifications/notification-cursor';
import { AuditEvent } from './audit-event.entity';

export interface AuditPageQuery {
  actor?: { id: string } | { email: string };
  action?: AuditAction;
  from?: Date;
  to?: Date;
  after?: NotificationCursor;
  limit: number;
}

/** Reads the audit trail; AuditLog is the only writer. */
@Injectable()
export class AuditRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Newest first, then by id, starting after the cursor. */
  page({ actor, action, from, to, after, limit }: AuditPageQuery): Promise<AuditEvent[]> {
    const page = this.dataSource
      .getRepository(AuditEvent)
      .createQueryBuilder('event')
      .orderBy('event.at', 'DESC')
      .addOrderBy('event.id', 'DESC')
      .limit(limit);
    if (actor && 'id' in actor) page.andWhere('event.actorId = :actorId', { actorId: actor.id });
    if (actor && 'email' in actor)
      page.andWhere('lower(event.actorEmail) = lower(:actorEmail)', { actorEmail: actor.email });
    if (action) page.andWhere('event.action = :action', { action });
    if (from) page.andWhere('event.at >= :from', { from });
    if (to) page.andWhere('event.at <= :to', { to });
    if (after)
      page.andWhere('(event.at, event.id) < (:afterAt, :afterId)', {
        afterAt: new Date(after.createdAt),
        afterId: after.id,
      });
    return page.getMany();
  }
}
