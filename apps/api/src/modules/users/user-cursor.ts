import { ApiError } from '../../common/api-error';
import { isUuid } from '../../common/uuid';

/** Keyset position in the alphabetical user list: the name and id of the last user seen. */
export interface UserCursor {
  name: string;
  id: string;
}

export function encodeUserCursor(cursor: UserCursor): string {
  return Buffer.from(JSON.stringify([cursor.name, cursor.id])).toString('base64url');
}

export function decodeUserCursor(value: string): UserCursor {
  try {
    const decoded: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (!Array.isArray(decoded) || decoded.length !== 2) throw new Error('bad cursor');
    const [name, id] = decoded as unknown[];
    if (typeof name !== 'string' || typeof id !== 'string' || !isUuid(id))
      throw new Error('bad cursor');
    return { name, id };
  } catch {
    throw ApiError.validation([
      { field: 'cursor', code: 'invalid_cursor', message: 'The cursor is not valid' },
    ]);
  }
}
