import { ApiError } from '../../common/api-error';
import { afterCursor, decodeCursor, encodeCursor, SORT_KEYS } from './request-cursor';

describe('request list cursors', () => {
  const id = '0b9c2b54-6f0e-4d7c-9a51-2f0c1b8e4a10';

  it('round-trips a position with millisecond precision', () => {
    const values = ['2026-11-25T10:11:12.345Z', id];
    expect(decodeCursor('newest', encodeCursor('newest', values))).toEqual(values);
    expect(
      decodeCursor('priority', encodeCursor('priority', [3, '2026-11-25T10:11:12.345Z', id])),
    ).toEqual([3, '2026-11-25T10:11:12.345Z', id]);
  });

  it.each([
    ['garbage', 'newest', 'garbage'],
    [
      'a cursor of another order',
      'newest',
      encodeCursor('oldest', ['2026-11-25T10:11:12.345Z', id]),
    ],
    ['a wrong number of values', 'newest', encodeCursor('newest', [id])],
    ['a date that is not one', 'newest', encodeCursor('newest', ['not a date', id])],
    [
      'an id that is not one',
      'newest',
      encodeCursor('newest', ['2026-11-25T10:11:12.345Z', "x' OR 1=1"]),
    ],
    [
      'a rank that is not a number',
      'priority',
      encodeCursor('priority', ['3', '2026-11-25T10:11:12.345Z', id]),
    ],
  ] as const)('refuses %s with a validation error', (_label, sort, value) => {
    expect(() => decodeCursor(sort, value)).toThrow(ApiError);
  });

  it('continues a mixed-direction order exactly after the last item', () => {
    const { sql, params } = afterCursor('r', SORT_KEYS.priority, [
      3,
      '2026-11-25T10:11:12.345Z',
      id,
    ]);
    expect(sql).toBe(
      '((r.priority_rank < :cursor0) OR (r.priority_rank = :cursor0 AND r.created_at > :cursor1) OR ' +
        '(r.priority_rank = :cursor0 AND r.created_at = :cursor1 AND r.id > :cursor2))',
    );
    expect(params).toEqual({ cursor0: 3, cursor1: '2026-11-25T10:11:12.345Z', cursor2: id });
  });
});
