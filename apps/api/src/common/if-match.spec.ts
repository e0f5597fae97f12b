import { ApiError } from './api-error';
import { parseIfMatch } from './if-match';

describe('the If-Match header', () => {
  it.each([
    ['"7"', 7],
    ['W/"12"', 12],
    ['3', 3],
    [' "4" ', 4],
  ])('reads %s as version %d', (header, version) => {
    expect(parseIfMatch(header)).toBe(version);
  });

  it('is optional', () => {
    expect(parseIfMatch(undefined)).toBeUndefined();
    expect(parseIfMatch('')).toBeUndefined();
  });

  it.each(['*', '"abc"', '"0"', '"7", "8"', '"-1"'])(
    'refuses %s with a clear field error',
    (header) => {
      expect(() => parseIfMatch(header)).toThrow(ApiError);
      try {
        parseIfMatch(header);
      } catch (error) {
        expect((error as ApiError).status).toBe(400);
        expect((error as ApiError).details?.[0].field).toBe('If-Match');
      }
    },
  );
});
