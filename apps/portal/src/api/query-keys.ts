import type {
  AuditAction,
  AccountState,
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

/** The audit trail's filters, as the API takes them: `from` and `to` are instants. */
export interface AuditFilter {
  action?: AuditAction;
  actor?: string;
  from?: string;
  to?: string;
}

/** The root of every cache that belongs to the signed-in user. */
const USER = 'user';

/**
 * Every TanStack Query key of the portal, in one place, so that invalidation after a
 * change can never miss a cache that a typo in a hand-written key would have created.
 * What the signed-in user may see sits under `userScoped()`, so that one call forgets it
 * all when the user changes; the public catalogue and the current user stay outside it.
 */
export const QueryKeys = Object.freeze({
  userScoped: () => [USER] as const,
  currentUser: () => ['auth', 'me'] as const,
  authProviders: () => ['auth', 'providers'] as const,
  biobanks: () => ['catalogue', 'biobanks'] as const,
  services: () => ['catalogue', 'services'] as const,
  caseHandlers: () => [USER, 'requests', 'case-handlers'] as const,
  serviceQuestions: Object.freeze({
    current: (serviceId: string) =>
      ['catalogue', 'service-questions', serviceId, 'current'] as const,
    version: (serviceId: string, version: number) =>
      ['catalogue', 'service-questions', serviceId, { version }] as const,
    versions: (serviceId: string) =>
      [USER, 'admin', 'service-questions', serviceId, 'versions'] as const,
  }),
  requests: Object.freeze({
    all: () => [USER, 'requests'] as const,
    lists: () => [USER, 'requests', 'list'] as const,
    list: (filter: RequestListFilter) =>
      [
        USER,
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
    detail: (id: string) => [USER, 'requests', 'detail', id] as const,
    history: (id: string) => [USER, 'requests', 'history', id] as const,
    routingSuggestion: (id: string) => [USER, 'requests', 'routing-suggestion', id] as const,
  }),
  drafts: Object.freeze({
    all: () => [USER, 'drafts'] as const,
    list: () => [USER, 'drafts', 'list'] as const,
    detail: (id: string) => [USER, 'drafts', 'detail', id] as const,
  }),
  attachments: Object.freeze({
    list: (requestId: string) => [USER, 'attachments', 'list', requestId] as const,
  }),
  notifications: Object.freeze({
    all: () => [USER, 'notifications'] as const,
    list: () => [USER, 'notifications', 'list'] as const,
    unreadCount: () => [USER, 'notifications', 'unread-count'] as const,
    preferences: () => [USER, 'notifications', 'preferences'] as const,
  }),
  // The link in a mail carries its own authority: no session, so nothing of a user's.
  unsubscribeTarget: (token: string) => ['unsubscribe', token] as const,
  /** Where the signed-in user is signed in: their own sessions. */
  sessions: () => [USER, 'account', 'sessions'] as const,
  mails: () => [USER, 'admin', 'mails'] as const,
  audit: Object.freeze({
    list: (filter: AuditFilter) =>
      [
        USER,
        'admin',
        'audit',
        'list',
        {
          action: filter.action ?? null,
          actor: filter.actor ?? null,
          from: filter.from ?? null,
          to: filter.to ?? null,
        },
      ] as const,
  }),
  outbox: Object.freeze({
    all: () => [USER, 'admin', 'outbox'] as const,
    list: (status: OutboxMailStatus | undefined) =>
      [USER, 'admin', 'outbox', 'list', { status: status ?? null }] as const,
  }),
  mailTemplates: Object.freeze({
    list: () => [USER, 'admin', 'mail-templates'] as const,
    preview: (kind: MailKind, locale: Locale) =>
      [USER, 'admin', 'mail-templates', 'preview', { kind, locale }] as const,
  }),
  adminBiobanks: () => [USER, 'admin', 'biobanks'] as const,
  routingRules: () => [USER, 'admin', 'routing-rules'] as const,
  adminUsers: Object.freeze({
    all: () => [USER, 'admin', 'users'] as const,
    list: (search: string, state?: AccountState) =>
      [USER, 'admin', 'users', 'list', { q: search, state: state ?? null }] as const,
  }),
  invitations: Object.freeze({
    pending: () => [USER, 'admin', 'invitations'] as const,
    /** Public: the invitee has no session yet. */
    preview: (token: string) => ['invitations', token] as const,
  }),
});
