import { ApiError } from '../../common/api-error';
import { decodeCursor, encodeCursor } from './request-cursor';

describe('request list cursors', () => {
  it('round-trips a position with millisecond precision', () => {
    const cursor = { createdAt: new Date('2026-11-25T10:11:12.345Z'), id: '0b9c2b54-6f0e-4d7c-9a51-2f0c1b8e4a10' };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
  });

  it.each(['garbage', Buffer.from('["not a date","x"]').toString('base64url'), Buffer.from('{}').toString('base64url')])(
    'refuses a forged or damaged cursor %s with a validation error',
    (value) => {
      expect(() => decodeCursor(value)).toThrow(ApiError);
    },
  );
});
