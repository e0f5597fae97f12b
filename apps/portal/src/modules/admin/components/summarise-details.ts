/** How one detail value reads in a table cell: lists joined, nothing as a dash. */
function show(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (Array.isArray(value)) return value.length > 0 ? value.map(show).join(', ') : '—';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * An audit event's details as short lines for the table: a change (`before`, `after`) reads
 * as `key: old → new` for each key that changed, everything else as `key: value`.
 */
export function summariseDetails(details: Record<string, unknown>): string[] {
  const { before, after, ...rest } = details;
  const lines: string[] = [];
  if ('before' in details || 'after' in details) {
    if (isRecord(before) || isRecord(after)) {
      const was = isRecord(before) ? before : {};
      const now = isRecord(after) ? after : {};
      for (const key of new Set([...Object.keys(was), ...Object.keys(now)])) {
        if (show(was[key]) !== show(now[key]))
          lines.push(`${key}: ${show(was[key])} → ${show(now[key])}`);
      }
    } else {
      lines.push(`${show(before)} → ${show(after)}`);
    }
  }
  for (const [key, value] of Object.entries(rest)) lines.push(`${key}: ${show(value)}`);
  return lines;
}
