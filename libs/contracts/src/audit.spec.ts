import { auditRange, ListAuditEventsQuery } from './audit';

describe('auditRange', () => {
  it('reads a day as the whole UTC day, from its first to its last millisecond', () => {
    expect(auditRange({ from: '2026-12-05', to: '2026-12-05' })).toEqual({
      from: new Date('2026-12-05T00:00:00.000Z'),
      to: new Date('2026-12-05T23:59:59.999Z'),
    });
  });

  it('takes an instant as it is, with its offset', () => {
    expect(auditRange({ from: '2026-12-05T10:00:00+01:00' })).toEqual({
      from: new Date('2026-12-05T09:00:00.000Z'),
      to: undefined,
    });
  });
});

describe('ListAuditEventsQuery', () => {
  it('takes an actor as a user id or an e-mail address, and nothing else', () => {
    for (const actor of ['0b8c3c4e-2f1a-4d6e-9a3b-1c2d3e4f5a6b', ' Anna@Example.org '])
      expect(ListAuditEventsQuery.safeParse({ actor }).success).toBe(true);
    expect(ListAuditEventsQuery.safeParse({ actor: 'anna' }).success).toBe(false);
  });

  it('refuses a `to` before `from`, and accepts the same day for both', () => {
    expect(ListAuditEventsQuery.safeParse({ from: '2026-12-05', to: '2026-12-05' }).success).toBe(
      true,
    );
    const refused = ListAuditEventsQuery.safeParse({ from: '2026-12-05', to: '2026-12-04' });
    expect(refused.error?.issues.map((issue) => issue.path)).toEqual([['to']]);
  });
});
