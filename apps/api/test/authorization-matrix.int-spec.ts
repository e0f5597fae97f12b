import type {
  AttachmentList,
  ErrorBody,
  History,
  MessageList,
  RequestList,
  RoutingRule,
  Service,
  ServiceRequest,
  User,
} from '@bgb/contracts';
import { HttpClient, type Reply } from '@bgb/test-support';
import { formWith, PDF } from './support/attachment-files';
import { DEMO, type Harness, newResearcher, startHarness } from './support/harness';
import {
  type Cast,
  inBatches,
  logInCast,
  RequestFactory,
  type Scenario,
  SCENARIOS,
} from './support/request-factory';

/** Who calls, and how they stand to the request the call is about. */
const CALLERS = [
  'anonymous',
  'own',
  'othersRequest',
  'secretariat',
  'routedHere',
  'notRoutedHere',
  'admin',
] as const;
type Caller = (typeof CALLERS)[number];

const CALLER_LABELS: Record<Caller, string> = {
  anonymous: 'someone not logged in',
  own: 'the researcher, on their own request',
  othersRequest: 'a researcher, on another researcher’s request',
  secretariat: 'the secretariat',
  routedHere: 'a coordinator of DCB, on a request routed to DCB',
  notRoutedHere: 'a coordinator of DRB, on a request routed only to DCB',
  admin: 'an administrator',
};

const PARTY_OF: Record<Exclude<Caller, 'anonymous'>, keyof Cast> = {
  own: 'owner',
  othersRequest: 'otherResearcher',
  secretariat: 'secretariat',
  routedHere: 'coordinatorDcb',
  notRoutedHere: 'coordinatorDrb',
  admin: 'admin',
};

/** `listed`/`hidden`: the list answers 200, with or without the request in it. */
type Expected = 200 | 201 | 202 | 204 | 400 | 401 | 403 | 404 | 409 | 'listed' | 'hidden';

interface Row {
  /** Method and path exactly as the OpenAPI document names them. */
  endpoint: string;
  /** What is special about this row's call, when one endpoint has several rows. */
  variant?: string;
  /** Where the request the call is about stands when it is made. */
  on: Scenario;
  body?: (request: ServiceRequest) => unknown;
  query?: (request: ServiceRequest) => string;
  /** One answer per caller, in the order of CALLERS. */
  expect: readonly Expected[];
  /**
   * `{id}` names a file the researcher uploaded to the request: still `pending`, or `sent`
   * with a public message.
   */
  attachment?: 'pending' | 'sent';
}

const scenario = (name: string) => SCENARIOS.find((candidate) => candidate.name === name)!;
const ROUTED = scenario('routed to DCB, pending there');
const DECLINED_BY_DCB = scenario('back in triage after DCB declined');
const ASKED_AFTER_DCB_DECLINED: Scenario = {
  name: 'awaiting the researcher after DCB declined',
  steps: [...DECLINED_BY_DCB.steps, 'ask_researcher'],
  status: 'awaiting_researcher',
  routing: 'declined',
};

// prettier-ignore
const REQUEST_ROWS: Row[] = [
  //                                                                            anonymous own       other's   secretariat routed    not routed admin
  { endpoint: 'GET /api/requests/{id}', on: ROUTED,                    expect: [401,      200,      404,      200,        200,      404,       404] },
  { endpoint: 'GET /api/requests', variant: 'searching for its reference', on: ROUTED, query: (r) => `?q=${r.reference}`,
                                                                       expect: [401,      'listed', 'hidden', 'listed',   'listed', 'hidden',  'hidden'] },
  { endpoint: 'PATCH /api/requests/{id}', on: ASKED_AFTER_DCB_DECLINED, body: (r) => ({ title: 'A sharper title', version: r.version }),
                                                                       expect: [401,      200,      404,      403,        403,      404,       404] },
  { endpoint: 'POST /api/requests/{id}/transitions', variant: 'withdraw', on: ROUTED, body: (r) => ({ action: 'withdraw', version: r.version }),
                                                                       expect: [401,      200,      404,      403,        403,      404,       404] },
  { endpoint: 'GET /api/requests/{id}/messages', on: ROUTED,           expect: [401,      200,      404,      200,        200,      404,       404] },
  { endpoint: 'POST /api/requests/{id}/messages', variant: 'a public message', on: ROUTED, body: () => ({ body: 'Any news?' }),
                                                                       expect: [401,      201,      404,      201,        201,      404,       404] },
  { endpoint: 'POST /api/requests/{id}/messages', variant: 'an internal note', on: ROUTED, body: () => ({ body: 'Between us', internal: true }),
                                                                       expect: [401,      403,      404,      201,        201,      404,       404] },
  { endpoint: 'POST /api/requests/{id}/attachments', on: ROUTED, body: () => formWith(PDF, 'protocol.pdf'),
                                                                       expect: [401,      201,      404,      201,        201,      404,       404] },
  { endpoint: 'GET /api/requests/{id}/attachments', on: ROUTED,        expect: [401,      200,      404,      200,        200,      404,       404] },
  { endpoint: 'GET /api/attachments/{id}', variant: 'a file sent with a public message', on: ROUTED, attachment: 'sent',
                                                                       expect: [401,      200,      404,      200,        200,      404,       404] },
  { endpoint: 'GET /api/attachments/{id}', variant: 'a file not sent yet', on: ROUTED, attachment: 'pending',
                                                                       expect: [401,      200,      404,      404,        404,      404,       404] },
  { endpoint: 'DELETE /api/attachments/{id}', variant: 'a file not sent yet', on: ROUTED, attachment: 'pending',
                                                                       expect: [401,      204,      404,      404,        404,      404,       404] },
  { endpoint: 'DELETE /api/attachments/{id}', variant: 'a file sent with a public message', on: ROUTED, attachment: 'sent',
                                                                       expect: [401,      409,      404,      403,        403,      404,       404] },
  { endpoint: 'GET /api/requests/{id}/history', on: ROUTED,            expect: [401,      200,      404,      200,        200,      404,       404] },
  { endpoint: 'GET /api/requests/{id}/routing-suggestion', on: ROUTED,
                                                                       expect: [401,      403,      403,      200,        403,      403,       403] },
  { endpoint: 'PATCH /api/requests/{id}/triage', on: ROUTED, body: (r) => ({ priority: 'high', version: r.version }),
                                                                       expect: [401,      403,      403,      200,        403,      403,       403] },
  { endpoint: 'POST /api/requests/{id}/routings', on: DECLINED_BY_DCB, body: (r) => ({ biobankCodes: ['DCB'], version: r.version }),
                                                                       expect: [401,      403,      403,      200,        403,      403,       403] },
  { endpoint: 'POST /api/requests/{id}/routings/{biobankCode}/transitions', variant: 'DCB accepts', on: ROUTED, body: () => ({ action: 'accept' }),
                                                                       expect: [401,      403,      403,      403,        200,      404,       403] },
];

/** Calls about no particular request: the caller's role is all that counts. */
const ROLES = ['anonymous', 'researcher', 'secretariat', 'coordinator', 'admin'] as const;
type RoleColumn = (typeof ROLES)[number];
const ROLE_PARTY: Record<Exclude<RoleColumn, 'anonymous'>, keyof Cast> = {
  researcher: 'owner',
  secretariat: 'secretariat',
  coordinator: 'coordinatorDcb',
  admin: 'admin',
};

const ROLE_LABELS: Record<RoleColumn, string> = {
  anonymous: CALLER_LABELS.anonymous,
  researcher: 'a researcher',
  secretariat: 'the secretariat',
  coordinator: 'a coordinator',
  admin: 'an administrator',
};

interface RoleRow {
  endpoint: string;
  variant?: string;
  /** Logs in or out: every call gets a client of its own, so the shared sessions stay as they are. */
  ownSession?: true;
  /** Ends the account's other sessions: the shared client of the role logs in again after it. */
  endsOtherSessions?: true;
  /**
   * What `{id}` names: a user (the default), a routing rule, a service, a complete draft of the
   * researcher column's (a fresh one for each call), or another researcher's draft.
   */
  about?: 'routing rule' | 'service' | 'own draft' | 'another researcher’s draft';
  body?: (context: { email: string; password: string; newRequest: unknown }) => unknown;
  expect: readonly Expected[];
}

// prettier-ignore
const ROLE_ROWS: RoleRow[] = [
  //                                                                                    anonymous researcher secretariat coordinator admin
  { endpoint: 'GET /api/health',                                               expect: [200,      200,       200,        200,        200] },
  { endpoint: 'GET /api/health/live',                                          expect: [200,      200,       200,        200,        200] },
  { endpoint: 'GET /api/biobanks',                                             expect: [200,      200,       200,        200,        200] },
  { endpoint: 'GET /api/services',                                             expect: [200,      200,       200,        200,        200] },
  { endpoint: 'GET /api/services/{id}/questions', about: 'service',            expect: [200,      200,       200,        200,        200] },
  { endpoint: 'GET /api/services/{id}/questions/versions/{version}', about: 'service',
                                                                               expect: [200,      200,       200,        200,        200] },
  { endpoint: 'GET /api/admin/services/{id}/questions/versions', about: 'service',
                                                                               expect: [401,      403,       403,        403,        200] },
  { endpoint: 'POST /api/admin/services/{id}/questions', about: 'service', body: () => ({ basedOnVersion: 1, questions: [QUESTION] }),
                                                                               expect: [401,      403,       403,        403,        201] },
  { endpoint: 'GET /api/auth/csrf',                                            expect: [200,      200,       200,        200,        200] },
  { endpoint: 'POST /api/auth/register', ownSession: true, body: () => ({ name: 'New Researcher', email: uniqueEmail(), password: 'correct horse battery', institution: 'SDU' }),
                                                                               expect: [201,      201,       201,        201,        201] },
  { endpoint: 'POST /api/auth/login', ownSession: true, body: ({ email, password }) => ({ email, password }),
                                                                               expect: [200,      200,       200,        200,        200] },
  { endpoint: 'POST /api/auth/logout', ownSession: true,                       expect: [204,      204,       204,        204,        204] },
  { endpoint: 'GET /api/auth/me',                                              expect: [401,      200,       200,        200,        200] },
  { endpoint: 'GET /api/auth/providers',                                       expect: [200,      200,       200,        200,        200] },
  { endpoint: 'POST /api/auth/verify-email', variant: 'a token no mail carried', body: () => ({ token: NO_SUCH_TOKEN }),
                                                                               expect: [400,      400,       400,        400,        400] },
  { endpoint: 'POST /api/auth/verify-email/resend',                            expect: [401,      202,       202,        202,        202] },
  { endpoint: 'POST /api/auth/password-reset', body: () => ({ email: uniqueEmail() }),
                                                                               expect: [202,      202,       202,        202,        202] },
  { endpoint: 'POST /api/auth/password-reset/confirm', variant: 'a token no mail carried', body: () => ({ token: NO_SUCH_TOKEN, password: STRONG_PASSWORD }),
                                                                               expect: [400,      400,       400,        400,        400] },
  { endpoint: 'PUT /api/auth/me/password', variant: 'a wrong current password', body: () => ({ currentPassword: 'not the password', newPassword: STRONG_PASSWORD }),
                                                                               expect: [401,      400,       400,        400,        400] },
  { endpoint: 'POST /api/auth/mfa/totp/setup',                                 expect: [401,      200,       200,        200,        200] },
  { endpoint: 'POST /api/auth/mfa/totp/enable', variant: 'a malformed code', body: () => ({ code: '12ab' }),
                                                                               expect: [401,      400,       400,        400,        400] },
  { endpoint: 'DELETE /api/auth/mfa/totp', variant: 'an empty code', body: () => ({ code: '' }),
                                                                               expect: [401,      400,       400,        400,        400] },
  { endpoint: 'POST /api/auth/mfa/verify', variant: 'no login waiting for a code', body: () => ({ code: '123456' }),
                                                                               expect: [401,      401,       401,        401,        401] },
  { endpoint: 'GET /api/invitations/{token}', variant: 'a token no invitation has',
                                                                               expect: [400,      400,       400,        400,        400] },
  { endpoint: 'POST /api/invitations/accept', variant: 'a token no invitation has', body: () => ({ token: NO_SUCH_TOKEN, name: 'Invited Person', institution: 'SDU', password: STRONG_PASSWORD }),
                                                                               expect: [400,      400,       400,        400,        400] },
  { endpoint: 'PUT /api/auth/me/locale', body: () => ({ locale: 'da' }),       expect: [401,      200,       200,        200,        200] },
  { endpoint: 'PATCH /api/auth/me', ownSession: true, body: () => ({ institution: 'Matrix University' }),
                                                                               expect: [401,      200,       200,        200,        200] },
  { endpoint: 'GET /api/auth/sessions',                                        expect: [401,      200,       200,        200,        200] },
  { endpoint: 'DELETE /api/auth/sessions', ownSession: true, endsOtherSessions: true,
                                                                               expect: [401,      204,       204,        204,        204] },
  { endpoint: 'DELETE /api/auth/sessions/{id}', variant: 'an id that is not one of the caller’s sessions',
                                                                               expect: [401,      404,       404,        404,        404] },
  { endpoint: 'GET /api/requests',                                             expect: [401,      200,       200,        200,        200] },
  { endpoint: 'POST /api/requests', body: ({ newRequest }) => newRequest,       expect: [401,      201,       403,        403,        403] },
  { endpoint: 'POST /api/drafts', body: ({ newRequest }) => newRequest,         expect: [401,      201,       403,        403,        403] },
  { endpoint: 'GET /api/drafts',                                               expect: [401,      200,       403,        403,        403] },
  { endpoint: 'GET /api/drafts/{id}', about: 'own draft',                      expect: [401,      200,       403,        403,        403] },
  { endpoint: 'GET /api/drafts/{id}', variant: 'another researcher’s draft', about: 'another researcher’s draft',
                                                                               expect: [401,      404,       403,        403,        403] },
  { endpoint: 'PUT /api/drafts/{id}', about: 'own draft', body: () => ({ title: 'Retitled' }),
                                                                               expect: [401,      200,       403,        403,        403] },
  { endpoint: 'PUT /api/drafts/{id}', variant: 'another researcher’s draft', about: 'another researcher’s draft', body: () => ({ title: 'Mine' }),
                                                                               expect: [401,      404,       403,        403,        403] },
  { endpoint: 'DELETE /api/drafts/{id}', about: 'own draft',                   expect: [401,      204,       403,        403,        403] },
  { endpoint: 'DELETE /api/drafts/{id}', variant: 'another researcher’s draft', about: 'another researcher’s draft',
                                                                               expect: [401,      404,       403,        403,        403] },
  { endpoint: 'POST /api/drafts/{id}/submit', about: 'own draft', body: () => ({}), expect: [401,   201,       403,        403,        403] },
  { endpoint: 'POST /api/drafts/{id}/submit', variant: 'another researcher’s draft', about: 'another researcher’s draft', body: () => ({}),
                                                                               expect: [401,      404,       403,        403,        403] },
  { endpoint: 'GET /api/case-handlers',                                        expect: [401,      403,       200,        403,        200] },
  { endpoint: 'GET /api/admin/users',                                          expect: [401,      403,       403,        403,        200] },
  { endpoint: 'PUT /api/admin/users/{id}/roles', body: () => ({ roles: ['researcher'], biobankCodes: [] }),
                                                                               expect: [401,      403,       403,        403,        200] },
  { endpoint: 'POST /api/admin/users/{id}/deactivate',                        expect: [401,      403,       403,        403,        204] },
  { endpoint: 'POST /api/admin/users/{id}/reactivate',                        expect: [401,      403,       403,        403,        204] },
  { endpoint: 'GET /api/admin/invitations',                                    expect: [401,      403,       403,        403,        200] },
  { endpoint: 'POST /api/admin/invitations', body: () => ({ email: uniqueEmail(), roles: ['researcher'], biobankCodes: [], locale: 'en' }),
                                                                               expect: [401,      403,       403,        403,        201] },
  { endpoint: 'DELETE /api/admin/invitations/{id}', variant: 'no such pending invitation',
                                                                               expect: [401,      403,       403,        403,        404] },
  { endpoint: 'GET /api/admin/routing-rules',                                  expect: [401,      403,       403,        403,        200] },
  { endpoint: 'POST /api/admin/routing-rules', body: () => ROUTING_RULE,        expect: [401,      403,       403,        403,        201] },
  { endpoint: 'PUT /api/admin/routing-rules/{id}', about: 'routing rule', body: () => ({ ...ROUTING_RULE, version: 1 }),
                                                                               expect: [401,      403,       403,        403,        200] },
  { endpoint: 'DELETE /api/admin/routing-rules/{id}', about: 'routing rule',   expect: [401,      403,       403,        403,        204] },
  { endpoint: 'GET /api/me/notification-preferences',                         expect: [401,      200,       200,        200,        200] },
  { endpoint: 'PUT /api/me/notification-preferences', body: () => ({ preferences: [{ kind: 'progress', delivery: 'digest' }] }),
                                                                               expect: [401,      200,       200,        200,        200] },
  { endpoint: 'GET /api/notifications',                                        expect: [401,      200,       200,        200,        200] },
  { endpoint: 'GET /api/notifications/unread-count',                           expect: [401,      200,       200,        200,        200] },
  { endpoint: 'POST /api/notifications/{id}/read', variant: 'an item that is not the caller’s',
                                                                               expect: [401,      404,       404,        404,        404] },
  { endpoint: 'POST /api/notifications/read-all',                              expect: [401,      204,       204,        204,        204] },
  { endpoint: 'GET /api/unsubscribe', variant: 'without a token from a mail',  expect: [400,      400,       400,        400,        400] },
  { endpoint: 'POST /api/unsubscribe', variant: 'without a token from a mail', expect: [400,      400,       400,        400,        400] },
  { endpoint: 'POST /api/admin/notification-digests',                          expect: [401,      403,       403,        403,        200] },
  { endpoint: 'GET /api/admin/notifications',                                  expect: [401,      403,       403,        403,        200] },
  { endpoint: 'POST /api/admin/notifications/{id}/resend', variant: 'a mail that does not exist',
                                                                               expect: [401,      403,       403,        403,        404] },
  { endpoint: 'GET /api/admin/audit',                                          expect: [401,      403,       403,        403,        200] },
  { endpoint: 'GET /api/admin/mail-templates',                                 expect: [401,      403,       403,        403,        200] },
  { endpoint: 'GET /api/admin/mail-templates/{kind}/preview',                  expect: [401,      403,       403,        403,        200] },
  { endpoint: 'POST /api/admin/mail-templates/test', body: () => ({ to: 'mail-check@example.org' }),
                                                                               expect: [401,      403,       403,        403,        202] },
  { endpoint: 'GET /api/admin/biobanks',                                       expect: [401,      403,       403,        403,        200] },
  { endpoint: 'PUT /api/admin/biobanks/{code}', body: () => ({ sharedMailbox: 'dgb@biobank.example' }),
                                                                               expect: [401,      403,       403,        403,        200] },
  { endpoint: 'GET /api/admin/mails', variant: 'the demo catcher is off when real SMTP is configured',
                                                                               expect: [401,      403,       403,        403,        404] },
];

const ROUTING_RULE = {
  name: 'Everything to DGB',
  serviceId: null,
  requestedBiobankCodes: [],
  suggestedBiobankCodes: ['DGB'],
  defaultAssigneeId: null,
};

const QUESTION = {
  key: 'cohortName',
  kind: 'text',
  label: { da: 'Kohortens navn', en: 'Name of the cohort' },
  required: false,
};

/** Shaped like a mailed link's token, but no mail ever carried it. */
const NO_SUCH_TOKEN = 'bm8tc3VjaC10b2tlbi1ldmVyLW1haWxlZC10by1hbnlvbmU';
const STRONG_PASSWORD = 'quartz lantern harbour 42';

let emails = 0;
const uniqueEmail = () => `matrix.${Date.now()}.${++emails}@example.org`;

const ERROR_CODES: Partial<Record<Expected, string>> = {
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'TRANSITION_NOT_ALLOWED',
};

const split = (endpoint: string) => {
  const [method, path] = endpoint.split(' ');
  return { method, path };
};

const titleOf = (endpoint: string, variant: string | undefined, who: string, expected: Expected) =>
  `${who}: ${endpoint}${variant ? ` (${variant})` : ''} → ${expected}`;

const REQUEST_CELLS = REQUEST_ROWS.flatMap((row, rowIndex) =>
  CALLERS.map((caller, column) => ({
    title: titleOf(row.endpoint, row.variant, CALLER_LABELS[caller], row.expect[column]),
    row,
    rowIndex,
    caller,
    expected: row.expect[column],
  })),
);
const ROLE_CELLS = ROLE_ROWS.flatMap((row) =>
  ROLES.map((role, column) => ({
    title: titleOf(row.endpoint, row.variant, ROLE_LABELS[role], row.expect[column]),
    row,
    role,
    expected: row.expect[column],
  })),
);

function expectAnswer(reply: Reply<unknown>, expected: Expected, request?: ServiceRequest) {
  if (expected === 'listed' || expected === 'hidden') {
    expect(reply.status).toBe(200);
    const ids = (reply.body as RequestList).items.map((item) => item.id);
    if (expected === 'listed') expect(ids).toContain(request!.id);
    else expect(ids).not.toContain(request!.id);
    return;
  }
  const code = ERROR_CODES[expected];
  expect({ status: reply.status, code: code ? (reply.body as ErrorBody).code : undefined }).toEqual(
    { status: expected, code },
  );
}

describe('the authorisation matrix: every endpoint, for every role and every relation to the request', () => {
  let harness: Harness;
  let cast: Cast;
  let factory: RequestFactory;

  beforeAll(async () => {
    harness = await startHarness();
    cast = await logInCast(harness);
    factory = new RequestFactory(cast);
  });
  afterAll(() => harness?.stop());

  const send = (
    client: HttpClient,
    endpoint: string,
    values: Record<string, string>,
    body?: unknown,
    query = '',
  ) => {
    const { method, path } = split(endpoint);
    const url = path.replace(/\{(\w+)\}/g, (_match, name: string) => values[name]) + query;
    return client.send<unknown>(method, url, body);
  };

  it('has a row for every route the API documents, and no row for a route it does not', async () => {
    const doc = (
      await harness
        .client()
        .get<{ paths: Record<string, Record<string, unknown>> }>('/api/docs-json')
    ).body;
    const documented = Object.entries(doc.paths).flatMap(([path, operations]) =>
      Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`),
    );
    const tabled = new Set([...REQUEST_ROWS, ...ROLE_ROWS].map((row) => row.endpoint));
    expect([...tabled].sort()).toEqual([...new Set(documented)].sort());
  });

  describe('calls about a request', () => {
    const fixtures = new Map<string, ServiceRequest>();
    const attachments = new Map<string, string>();
    /** A call that may change the request gets one of its own; refused calls and reads share one per row. */
    const fixtureKey = (cell: (typeof REQUEST_CELLS)[number]) =>
      split(cell.row.endpoint).method !== 'GET' &&
      typeof cell.expected === 'number' &&
      cell.expected < 300
        ? `row ${cell.rowIndex}, ${cell.caller}`
        : `row ${cell.rowIndex}`;

    beforeAll(async () => {
      const keys = [
        ...new Map(REQUEST_CELLS.map((cell) => [fixtureKey(cell), cell.row.on])).entries(),
      ];
      const driven = await inBatches(keys, 4, ([, on]) => factory.drive(on));
      keys.forEach(([key], index) => fixtures.set(key, driven[index]));
      for (const cell of REQUEST_CELLS) {
        const key = fixtureKey(cell);
        if (!cell.row.attachment || attachments.has(key)) continue;
        const request = fixtures.get(key)!;
        const { owner } = cast;
        const file = await owner.client.post<{ id: string }>(
          `/api/requests/${request.id}/attachments`,
          formWith(PDF, 'approval.pdf'),
        );
        if (file.status !== 201)
          throw new Error(`upload failed: ${file.status} ${JSON.stringify(file.body)}`);
        if (cell.row.attachment === 'sent') {
          await owner.client.post(`/api/requests/${request.id}/messages`, {
            body: 'The approval',
            attachmentIds: [file.body.id],
          });
        }
        attachments.set(key, file.body.id);
      }
    }, 180_000);

    it.each(REQUEST_CELLS.map((cell) => [cell.title, cell] as const))(
      '%s',
      async (_title, cell) => {
        const request = fixtures.get(fixtureKey(cell))!;
        const client =
          cell.caller === 'anonymous' ? harness.client() : cast[PARTY_OF[cell.caller]].client;
        const reply = await send(
          client,
          cell.row.endpoint,
          { id: attachments.get(fixtureKey(cell)) ?? request.id, biobankCode: 'DCB' },
          cell.row.body?.(request),
          cell.row.query?.(request),
        );
        expectAnswer(reply, cell.expected, request);
      },
    );
  });

  describe('calls about no particular request', () => {
    let target: User;
    let rule: RoutingRule;
    let service: Service;
    beforeAll(async () => {
      [service] = (await cast.admin.client.get<Service[]>('/api/services')).body;
      const { client } = await newResearcher(harness);
      target = (await client.get<User>('/api/auth/me')).body;
      rule = (await cast.admin.client.post<RoutingRule>('/api/admin/routing-rules', ROUTING_RULE))
        .body;
    });

    /** A client of its own for the role, with the account it logged in with. */
    const ownClientFor = async (role: RoleColumn) => {
      if (role === 'researcher') {
        const researcher = await newResearcher(harness);
        return {
          client: researcher.client,
          email: researcher.email,
          password: researcher.password,
        };
      }
      const client = harness.client();
      const email = {
        anonymous: DEMO.researcher,
        secretariat: DEMO.secretariat,
        coordinator: DEMO.coordinatorDcb,
        admin: DEMO.admin,
      }[role];
      if (role !== 'anonymous') await client.login(email);
      return { client, email, password: DEMO.password };
    };

    it.each(ROLE_CELLS.map((cell) => [cell.title, cell] as const))('%s', async (_title, cell) => {
      const { client, email, password } = cell.row.ownSession
        ? await ownClientFor(cell.role)
        : {
            client:
              cell.role === 'anonymous' ? harness.client() : cast[ROLE_PARTY[cell.role]].client,
            email: '',
            password: '',
          };
      const newRequest = await factory.requestBody();
      const body = cell.row.body?.({ email, password, newRequest });
      const draftOf = {
        'own draft': cast.owner,
        'another researcher’s draft': cast.otherResearcher,
      };
      const about = cell.row.about;
      const id =
        about === 'own draft' || about === 'another researcher’s draft'
          ? (await draftOf[about].client.post<{ id: string }>('/api/drafts', newRequest)).body.id
          : { 'routing rule': rule.id, service: service.id, user: target.id }[about ?? 'user'];
      const reply = await send(
        client,
        cell.row.endpoint,
        { id, kind: 'request_received', code: 'DGB', version: '1', token: NO_SUCH_TOKEN },
        body,
      );
      expectAnswer(reply, cell.expected);
      const shared = cell.role === 'anonymous' ? undefined : cast[ROLE_PARTY[cell.role]];
      if (cell.row.endsOtherSessions && shared?.user.email === email) {
        // Its session ended: a fresh token first, as the portal fetches after any ended session.
        await shared.client.get('/api/auth/csrf');
        await shared.client.login(email, password);
      }
    });
  });

  describe('internal notes never reach a researcher', () => {
    const secrets = [
      'Routing note: only for DCB',
      'Internal from the secretariat',
      'Internal from DCB',
      'Internal file name',
      'Internal note with a file',
    ];

    it('through any endpoint the researcher can call, nor by e-mail', async () => {
      const triaged = await factory.drive(scenario('in triage'));
      const { secretariat, coordinatorDcb, owner } = cast;
      const routed = await secretariat.client.post<ServiceRequest>(
        `/api/requests/${triaged.id}/routings`,
        {
          biobankCodes: ['DCB'],
          note: secrets[0],
          version: triaged.version,
        },
      );
      expect(routed.status).toBe(200);
      expect(
        (
          await secretariat.client.post(`/api/requests/${triaged.id}/messages`, {
            body: secrets[1],
            internal: true,
          })
        ).status,
      ).toBe(201);
      expect(
        (
          await coordinatorDcb.client.post(`/api/requests/${triaged.id}/messages`, {
            body: secrets[2],
            internal: true,
          })
        ).status,
      ).toBe(201);
      expect(
        (
          await secretariat.client.post(`/api/requests/${triaged.id}/messages`, {
            body: 'A public question',
          })
        ).status,
      ).toBe(201);
      const noteFile = await coordinatorDcb.client.post<{ id: string }>(
        `/api/requests/${triaged.id}/attachments`,
        formWith(PDF, `${secrets[3]}.pdf`),
      );
      expect(
        (
          await coordinatorDcb.client.post(`/api/requests/${triaged.id}/messages`, {
            body: secrets[4],
            internal: true,
            attachmentIds: [noteFile.body.id],
          })
        ).status,
      ).toBe(201);

      const staffView = JSON.stringify([
        (await coordinatorDcb.client.get(`/api/requests/${triaged.id}`)).body,
        (await coordinatorDcb.client.get(`/api/requests/${triaged.id}/messages`)).body,
        (await coordinatorDcb.client.get(`/api/requests/${triaged.id}/attachments`)).body,
      ]);
      for (const secret of secrets) expect(staffView).toContain(secret);

      const researcherView = [
        await owner.client.get<ServiceRequest>(`/api/requests/${triaged.id}`),
        await owner.client.get<RequestList>(`/api/requests?q=${triaged.reference}`),
        await owner.client.get<MessageList>(`/api/requests/${triaged.id}/messages`),
        await owner.client.get<History>(`/api/requests/${triaged.id}/history`),
        await owner.client.get<AttachmentList>(`/api/requests/${triaged.id}/attachments`),
      ];
      expect(researcherView.map((reply) => reply.status)).toEqual([200, 200, 200, 200, 200]);
      expect((researcherView[4].body as AttachmentList).items).toEqual([]);
      expect((await owner.client.fetch(`/api/attachments/${noteFile.body.id}`)).status).toBe(404);
      expect((researcherView[1].body as RequestList).items.map((item) => item.id)).toEqual([
        triaged.id,
      ]);
      expect((researcherView[2].body as MessageList).items.map((message) => message.body)).toEqual([
        'A public question',
      ]);
      const seen = JSON.stringify(researcherView.map((reply) => reply.body));
      for (const secret of secrets) expect(seen).not.toContain(secret);

      await harness.smtp.waitFor(
        (mail) => mail.to.includes(coordinatorDcb.user.email) && mail.text.includes(secrets[0]),
      );
      const toResearcher = (mail: { to: string[] }) => mail.to.includes(owner.user.email);
      // Received, triage started, sent to the biobanks, and the public question.
      await harness.smtp.waitFor(toResearcher, 4);
      await harness.smtp.waitFor(
        (mail) => toResearcher(mail) && mail.text.includes('A public question'),
      );
      const mailed = harness.smtp.mails
        .filter(toResearcher)
        .map((mail) => `${mail.subject}\n${mail.text}\n${mail.html}`);
      for (const secret of secrets) expect(mailed.join('\n')).not.toContain(secret);
    });
  });
});
