import { ApiError } from '../../common/api-error';
import { decodeUserCursor, encodeUserCursor } from './user-cursor';

describe('user list cursors', () => {
  it('round-trips a position, also for names with Danish letters and quotes', () => {
    const cursor = { name: 'Åse "Øberg" Ærø', id: '0b9c2b54-6f0e-4d7c-9a51-2f0c1b8e4a10' };
    expect(decodeUserCursor(encodeUserCursor(cursor))).toEqual(cursor);
  });

  it.each([
    'garbage',
    Buffer.from('["Åse","not-an-id"]').toString('base64url'),
    Buffer.from('[42,"0b9c2b54-6f0e-4d7c-9a51-2f0c1b8e4a10"]').toString('base64url'),
    Buffer.from('{}').toString('base64url'),
  ])('refuses a forged or damaged cursor %s with a validation error', (value) => {
    expect(() => decodeUserCursor(value)).toThrow(ApiError);
  });
});
