/**
 * One page of a list read by keyset with one row more than the page holds: the page's rows,
 * and the cursor after its last row when that extra row shows there is more.
 */
export function keysetPage<T>(
  rows: T[],
  limit: number,
  cursorAfter: (last: T) => string,
): { items: T[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? cursorAfter(last) : null };
}
