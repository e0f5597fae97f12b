import type { ListOutboxMailsQuery, OutboxMail, OutboxMailList } from '@bgb/contracts';
import { Injectable } from '@nestjs/common';
import type { z } from 'zod';
import { ApiError } from '../../common/api-error';
import { keysetPage } from '../../common/keyset-page';
import { isUuid } from '../../common/uuid';
import {
  decodeNotificationCursor,
  encodeNotificationCursor,
} from '../notifications/notification-cursor';
import { OutboxRepository, type OutboxRow } from '../notifications/outbox.repository';

type ListInput = z.output<typeof ListOutboxMailsQuery>;

/** The administrators' view of mail delivery: what waits, what went out, what failed and a second try. */
@Injectable()
export class AdminOutboxService {
  constructor(private readonly outbox: OutboxRepository) {}

  async list(query: ListInput): Promise<OutboxMailList> {
    const after = query.cursor ? decodeNotificationCursor(query.cursor) : undefined;
    const rows = await this.outbox.list(query.status, after, query.limit + 1);
    const { items, nextCursor } = keysetPage(rows.map(toOutboxMail), query.limit, (last) =>
      encodeNotificationCursor({ createdAt: last.createdAt, id: last.id }),
    );
    return { items, nextCursor };
  }

  /** A failed mail goes back to the outbox, due now, with all its attempts again. */
  async resend(id: string): Promise<OutboxMail> {
    const notFound = ApiError.notFound('No such notification');
    if (!isUuid(id)) throw notFound;
    const { resent, exists } = await this.outbox.resend(id);
    if (!exists) throw notFound;
    if (!resent)
      throw ApiError.conflict(
        'NOTIFICATION_NOT_FAILED',
        'Only a failed notification can be sent again',
      );
    return toOutboxMail(resent);
  }
}

function toOutboxMail(row: OutboxRow): OutboxMail {
  return {
    id: row.id,
    recipient: row.recipient,
    kind: row.kind,
    subject: row.subject,
    status: row.status,
    attempts: row.attempts,
    lastError: row.last_error,
    createdAt: row.created_at.toISOString(),
    nextAttemptAt: row.next_attempt_at.toISOString(),
    sentAt: row.sent_at?.toISOString() ?? null,
  };
}
