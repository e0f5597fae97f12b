import { useSearchParams } from 'react-router';
import type { z } from 'zod';
import { ListRequestsQuery } from '@bgb/contracts';
import type { RequestListFilter } from '../../../api/query-keys';

const FILTER_KEYS = [
  'status',
  'biobank',
  'service',
  'assignee',
  'priority',
  'overdue',
  'q',
  'sort',
] as const;

/** Each filter on its own, so that one bad value in a shared link does not drop the others. */
const FIELDS = ListRequestsQuery.pick({
  status: true,
  biobank: true,
  service: true,
  assignee: true,
  priority: true,
  q: true,
  sort: true,
}).shape;

export function parseQueueFilters(params: URLSearchParams): RequestListFilter {
  const read = <T>(key: (typeof FILTER_KEYS)[number], schema: z.ZodType<T>): T | undefined => {
    const raw = params.get(key);
    if (raw === null || raw === '') return undefined;
    const parsed = schema.safeParse(raw);
    return parsed.success ? parsed.data : undefined;
  };
  const sort = read('sort', FIELDS.sort);
  return {
    status: read('status', FIELDS.status),
    biobank: read('biobank', FIELDS.biobank),
    service: read('service', FIELDS.service),
    assignee: read('assignee', FIELDS.assignee),
    priority: read('priority', FIELDS.priority),
    overdue: params.get('overdue') === 'true' || undefined,
    q: read('q', FIELDS.q) || undefined,
    // The API's default order needs no place in the address.
    sort: sort === 'newest' ? undefined : sort,
  };
}

/**
 * The queue's filters live in the URL (`?status=submitted&priority=high`), so that a view of
 * the queue can be bookmarked and shared.
 */
export function useQueueFilters() {
  const [params, setParams] = useSearchParams();
  const filter = parseQueueFilters(params);
  const setFilter = (changes: Partial<RequestListFilter>) => {
    setParams(
      (current) => {
        const updated = new URLSearchParams(current);
        for (const key of FILTER_KEYS) {
          if (!(key in changes)) continue;
          const next = changes[key];
          if (next === undefined || next === '' || next === false) updated.delete(key);
          else updated.set(key, String(next));
        }
        return updated;
      },
      { replace: true },
    );
  };
  return { filter, setFilter };
}
