import type {
  Locale,
  MailKind,
  OutboxMailStatus,
  Priority,
  RequestSort,
  RequestStatus,
} from '@bgb/contracts';

/** The request lists' filters, as the API takes them; each one is also in the page's URL. */
export interface RequestListFilter {
  status?: RequestStatus;
  biobank?: string;
  service?: string;
  /** `me`, `none` (unassigned) or a case handler's id. */
  assignee?: string;
  priority?: Priority;
  overdue?: boolean;
  q?: string;
  sort?: RequestSort;
}

/**
 * Every TanStack Query key of the portal, in one place, so that invalidation after a
 * change can never miss a cache that a typo in a hand-written key would have created.
 */
export const QueryKeys = Object.freeze({
  currentUser: () => ['auth', 'me'] as const,
  biobanks: () => ['catalogue', 'biobanks'] as const,
  services: () => ['catalogue', 'services'] as const,
  caseHandlers: () => ['requests', 'case-handlers'] as const,
  serviceQuestions: Object.freeze({
    current: (serviceId: string) =>
      ['catalogue', 'service-questions', serviceId, 'current'] as const,
    version: (serviceId: string, version: number) =>
      ['catalogue', 'service-questions', serviceId, { version }] as const,
    versions: (serviceId: string) => ['admin', 'service-questions', serviceId, 'versions'] as const,
  }),
  requests: Object.freeze({
    all: () => ['requests'] as const,
    lists: () => ['requests', 'list'] as const,
    list: (filter: RequestListFilter) =>
      [
        'requests',
        'list',
        {
          status: filter.status ?? null,
          biobank: filter.biobank ?? null,
          service: filter.service ?? null,
          assignee: filter.assignee ?? null,
          priority: filter.priority ?? null,
          overdue: filter.overdue ?? false,
          q: filter.q ?? null,
          sort: filter.sort ?? null,
        },
      ] as const,
    detail: (id: string) => ['requests', 'detail', id] as const,
    history: (id: string) => ['requests', 'history', id] as const,
    routingSuggestion: (id: string) => ['requests', 'routing-suggestion', id] as const,
  }),
  drafts: Object.freeze({
    all: () => ['drafts'] as const,
    list: () => ['drafts', 'list'] as const,
    detail: (id: string) => ['drafts', 'detail', id] as const,
  }),
  attachments: Object.freeze({
    list: (requestId: string) => ['attachments', 'list', requestId] as const,
  }),
  notifications: Object.freeze({
    all: () => ['notifications'] as const,
    list: () => ['notifications', 'list'] as const,
    unreadCount: () => ['notifications', 'unread-count'] as const,
    preferences: () => ['notifications', 'preferences'] as const,
  }),
  unsubscribeTarget: (token: string) => ['unsubscribe', token] as const,
  mails: () => ['admin', 'mails'] as const,
  outbox: Object.freeze({
    all: () => ['admin', 'outbox'] as const,
    list: (status: OutboxMailStatus | undefined) =>
      ['admin', 'outbox', 'list', { status: status ?? null }] as const,
  }),
  mailTemplates: Object.freeze({
    list: () => ['admin', 'mail-templates'] as const,
    preview: (kind: MailKind, locale: Locale) =>
      ['admin', 'mail-templates', 'preview', { kind, locale }] as const,
  }),
  adminBiobanks: () => ['admin', 'biobanks'] as const,
  routingRules: () => ['admin', 'routing-rules'] as const,
  adminUsers: Object.freeze({
    all: () => ['admin', 'users'] as const,
    list: (search: string) => ['admin', 'users', 'list', { q: search }] as const,
  }),
});

/** Caches that belong to the signed-in user and must go when the user changes. */
export const USER_SCOPED_ROOTS: readonly string[] = [
  'requests',
  'drafts',
  'admin',
  'notifications',
];
