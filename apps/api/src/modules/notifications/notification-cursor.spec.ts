import { ApiError } from '../../common/api-error';
import { decodeNotificationCursor, encodeNotificationCursor } from './notification-cursor';

describe('notification list cursor', () => {
  it('gives back the position it was made from', () => {
    const cursor = {
      createdAt: '2026-03-01T07:00:00.123Z',
      id: '0b8f8d3e-3f52-4d0e-9a57-0d3e35f0a9c1',
    };
    expect(decodeNotificationCursor(encodeNotificationCursor(cursor))).toEqual(cursor);
  });

  it('answers a tampered cursor with a field error, not a database failure', () => {
    for (const bad of [
      'x',
      Buffer.from('["not a date","0b8f8d3e-3f52-4d0e-9a57-0d3e35f0a9c1"]').toString('base64url'),
    ]) {
      expect(() => decodeNotificationCursor(bad)).toThrow(ApiError);
    }
  });
});
