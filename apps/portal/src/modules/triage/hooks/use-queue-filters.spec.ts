import { parseQueueFilters } from './use-queue-filters';

describe('reading the queue’s filters from the address', () => {
  it('keeps the valid filters and drops the ones that are not', () => {
    expect(
      parseQueueFilters(
        new URLSearchParams(
          'status=routed&biobank=dcb&priority=whenever&assignee=none&overdue=yes&q=%20tumour%20',
        ),
      ),
    ).toEqual({
      status: 'routed',
      biobank: 'DCB',
      service: undefined,
      assignee: 'none',
      priority: undefined,
      overdue: undefined,
      q: 'tumour',
      sort: undefined,
    });
  });

  it('leaves the default order out', () => {
    expect(parseQueueFilters(new URLSearchParams('sort=newest')).sort).toBeUndefined();
    expect(parseQueueFilters(new URLSearchParams('sort=oldest')).sort).toBe('oldest');
  });
});
