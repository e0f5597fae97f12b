import { keysetPage } from './keyset-page';

describe('keysetPage', () => {
  const cursorAfter = (last: number) => `after ${last}`;

  it('gives a cursor after the last row shown when one row more was read', () => {
    expect(keysetPage([1, 2, 3], 2, cursorAfter)).toEqual({ items: [1, 2], nextCursor: 'after 2' });
  });

  it('gives no cursor on the last page, full or not', () => {
    expect(keysetPage([1, 2], 2, cursorAfter)).toEqual({ items: [1, 2], nextCursor: null });
    expect(keysetPage([1], 2, cursorAfter)).toEqual({ items: [1], nextCursor: null });
    expect(keysetPage([], 2, cursorAfter)).toEqual({ items: [], nextCursor: null });
  });
});
