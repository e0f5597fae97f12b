import { ApiError } from '../../common/api-error';
import { isUuid } from '../../common/uuid';

/** Keyset position in a notification list, newest first: the time and id of the last item seen. */
export interface NotificationCursor {
  createdAt: string;
  id: string;
}

export function encodeNotificationCursor(cursor: NotificationCursor): string {
  return Buffer.from(JSON.stringify([cursor.createdAt, cursor.id])).toString('base64url');
}

export function decodeNotificationCursor(value: string): NotificationCursor {
  try {
    const decoded: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (!Array.isArray(decoded) || decoded.length !== 2) throw new Error('bad cursor');
    const [createdAt, id] = decoded as unknown[];
    if (
      typeof createdAt !== 'string' ||
      Number.isNaN(Date.parse(createdAt)) ||
      typeof id !== 'string' ||
      !isUuid(id)
    ) {
      throw new Error('bad cursor');
    }
    return { createdAt, id };
  } catch {
    throw ApiError.validation([
      { field: 'cursor', code: 'invalid_cursor', message: 'The cursor is not valid' },
    ]);
  }
}
