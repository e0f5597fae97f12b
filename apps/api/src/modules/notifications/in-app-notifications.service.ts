import type {
  InAppNotification as InAppNotificationDto,
  InAppNotificationList,
  ListNotificationsQuery,
  UnreadCount,
} from '@bgb/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { z } from 'zod';
import { ApiError } from '../../common/api-error';
import type { AuthUser } from '../../common/auth.decorators';
import { keysetPage } from '../../common/keyset-page';
import { isUuid } from '../../common/uuid';
import { summarize } from './in-app-summaries';
import { decodeNotificationCursor, encodeNotificationCursor } from './notification-cursor';
import { InAppNotification } from './in-app-notification.entity';

type ListQuery = z.output<typeof ListNotificationsQuery>;

/** The notification centre: every user sees, and marks, only their own items. */
@Injectable()
export class InAppNotificationsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(user: AuthUser, query: ListQuery): Promise<InAppNotificationList> {
    const builder = this.dataSource
      .getRepository(InAppNotification)
      .createQueryBuilder('item')
      .where('item.user_id = :userId', { userId: user.id })
      .orderBy('item.created_at', 'DESC')
      .addOrderBy('item.id', 'DESC')
      .limit(query.limit + 1);
    if (query.unread) builder.andWhere('item.read_at IS NULL');
    if (query.cursor) {
      const { createdAt, id } = decodeNotificationCursor(query.cursor);
      builder.andWhere('(item.created_at, item.id) < (:createdAt, :id)', { createdAt, id });
    }
    const rows = await builder.getMany();
    const { items, nextCursor } = keysetPage(rows, query.limit, (last) =>
      encodeNotificationCursor({ createdAt: last.createdAt.toISOString(), id: last.id }),
    );
    return { items: items.map((row) => toDto(row, user)), nextCursor };
  }

  async unreadCount(user: AuthUser): Promise<UnreadCount> {
    const count = await this.dataSource
      .getRepository(InAppNotification)
      .createQueryBuilder('item')
      .where('item.user_id = :userId AND item.read_at IS NULL', { userId: user.id })
      .getCount();
    return { count };
  }

  /** Someone else's item is as unknown as one that does not exist. */
  async markRead(user: AuthUser, id: string): Promise<void> {
    if (!isUuid(id)) throw ApiError.notFound('No such notification');
    const result = await this.dataSource
      .createQueryBuilder()
      .update(InAppNotification)
      // Marking twice keeps the time it was first read.
      .set({ readAt: () => 'COALESCE(read_at, now())' })
      .where('id = :id AND user_id = :userId', { id, userId: user.id })
      .execute();
    if (result.affected === 0) throw ApiError.notFound('No such notification');
  }

  async markAllRead(user: AuthUser): Promise<void> {
    await this.dataSource
      .createQueryBuilder()
      .update(InAppNotification)
      .set({ readAt: () => 'now()' })
      .where('user_id = :userId AND read_at IS NULL', { userId: user.id })
      .execute();
  }
}

function toDto(row: InAppNotification, reader: AuthUser): InAppNotificationDto {
  return {
    id: row.id,
    kind: row.kind,
    requestId: row.requestId,
    reference: row.reference,
    summary: summarize(row.event, reader.locale, row.details),
    createdAt: row.createdAt.toISOString(),
    readAt: row.readAt?.toISOString() ?? null,
  };
}
