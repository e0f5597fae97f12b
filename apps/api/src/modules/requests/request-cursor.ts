import { ApiError } from '../../common/api-error';

/** Keyset position in a newest-first list: the creation time and id of the last item seen. */
export interface RequestCursor {
  createdAt: Date;
  id: string;
}

export function encodeCursor(cursor: RequestCursor): string {
  return Buffer.from(JSON.stringify([cursor.createdAt.toISOString(), cursor.id])).toString('base64url');
}

export function decodeCursor(value: string): RequestCursor {
  try {
    const [createdAt, id] = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as [string, string];
    const date = new Date(createdAt);
    if (Number.isNaN(date.getTime()) || !/^[0-9a-f-]{36}$/i.test(id)) throw new Error('bad cursor');
    return { createdAt: date, id };
  } catch {
    throw ApiError.validation([{ field: 'cursor', code: 'invalid_cursor', message: 'The cursor is not valid' }]);
  }
}
