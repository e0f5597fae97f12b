import type { RequestSort } from '@bgb/contracts';
import { ApiError } from '../../common/api-error';

/** One column of a list's order, as the database sorts it. */
export interface SortKey {
  column: 'created_at' | 'id' | 'priority_rank' | 'last_activity_at';
  direction: 'ASC' | 'DESC';
  type: 'timestamp' | 'uuid' | 'int';
}

const created = (direction: 'ASC' | 'DESC'): SortKey => ({
  column: 'created_at',
  direction,
  type: 'timestamp',
});
const id = (direction: 'ASC' | 'DESC'): SortKey => ({ column: 'id', direction, type: 'uuid' });

/**
 * Each order ends in the id, so it is total and a cursor marks one exact place. Each has an
 * index with the same columns (see the TriageQueue migration). Within a priority the oldest
 * request comes first: it has waited longest.
 */
export const SORT_KEYS: Record<RequestSort, SortKey[]> = {
  newest: [created('DESC'), id('DESC')],
  oldest: [created('ASC'), id('ASC')],
  priority: [
    { column: 'priority_rank', direction: 'DESC', type: 'int' },
    created('ASC'),
    id('ASC'),
  ],
  last_activity: [{ column: 'last_activity_at', direction: 'DESC', type: 'timestamp' }, id('DESC')],
};

export type CursorValues = (string | number)[];

/** An opaque position in a list: the sort it belongs to and the sort values of the last item. */
export function encodeCursor(sort: RequestSort, values: CursorValues): string {
  return Buffer.from(JSON.stringify([sort, ...values])).toString('base64url');
}

export function decodeCursor(sort: RequestSort, value: string): CursorValues {
  const invalid = () =>
    ApiError.validation([
      { field: 'cursor', code: 'invalid_cursor', message: 'The cursor is not valid for this list' },
    ]);
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  const keys = SORT_KEYS[sort];
  if (!Array.isArray(parsed) || parsed[0] !== sort || parsed.length !== keys.length + 1)
    throw invalid();
  const values = parsed.slice(1) as unknown[];
  const valid = keys.every((key, index) => {
    const v = values[index];
    if (key.type === 'int') return Number.isInteger(v);
    if (key.type === 'uuid')
      return (
        typeof v === 'string' &&
        /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v)
      );
    return typeof v === 'string' && !Number.isNaN(Date.parse(v));
  });
  if (!valid) throw invalid();
  return values as CursorValues;
}

/**
 * The SQL condition "after this position" for a mixed-direction order:
 * k1 after v1, or k1 = v1 and k2 after v2, and so on.
 */
export function afterCursor(
  alias: string,
  keys: SortKey[],
  values: CursorValues,
): { sql: string; params: Record<string, unknown> } {
  const params: Record<string, unknown> = {};
  const terms = keys.map((key, index) => {
    const equal = keys
      .slice(0, index)
      .map((previous, j) => `${alias}.${previous.column} = :cursor${j}`);
    const after = `${alias}.${key.column} ${key.direction === 'DESC' ? '<' : '>'} :cursor${index}`;
    params[`cursor${index}`] = values[index];
    return `(${[...equal, after].join(' AND ')})`;
  });
  return { sql: `(${terms.join(' OR ')})`, params };
}
