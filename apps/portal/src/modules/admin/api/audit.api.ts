import { AuditEventList } from '@bgb/contracts';
import { apiRequest } from '../../../api/http-client';
import type { AuditFilter } from '../../../api/query-keys';

const AUDIT_PAGE_SIZE = 50;

export const auditApi = {
  list: (filter: AuditFilter, cursor: string | null, signal?: AbortSignal) =>
    apiRequest('/admin/audit', {
      query: { ...filter, cursor, limit: AUDIT_PAGE_SIZE },
      schema: AuditEventList,
      signal,
    }),
};
