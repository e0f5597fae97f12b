import {
  type ErrorBody,
  type History,
  REQUEST_ACTIONS,
  ROUTING_ACTIONS,
  type RequestAction,
  type RequestStatus,
  type RoutingAction,
  type RoutingStatus,
  type ServiceRequest,
} from '@bgb/contracts';
import {
  allAcceptedDelivered,
  checkRoutingTransition,
  checkTransition,
  mayRoute,
  requestStatusAfterRouting,
} from '@bgb/domain';
import type { Reply } from '@bgb/test-support';
import { type Harness, startHarness } from './support/harness';
import {
  ACTORS,
  type Cast,
  inBatches,
  logInCast,
  maySee,
  OWNER_ID,
  PARTIES,
  PARTY_LABELS,
  type Party,
  RequestFactory,
  type Scenario,
  SCENARIOS,
} from './support/request-factory';

type Outcome =
  | { status: 200; requestStatus: RequestStatus; routingStatus?: RoutingStatus }
  | { status: 403; code: 'FORBIDDEN' }
  | { status: 404; code: 'NOT_FOUND' }
  | { status: 409; code: 'TRANSITION_NOT_ALLOWED' };

const FORBIDDEN: Outcome = { status: 403, code: 'FORBIDDEN' };
const NOT_VISIBLE: Outcome = { status: 404, code: 'NOT_FOUND' };
const NOT_NOW: Outcome = { status: 409, code: 'TRANSITION_NOT_ALLOWED' };

/** A request step, as the domain's own rule decides it. */
function expectedRequestStep(party: Party, scenario: Scenario, action: RequestAction): Outcome {
  if (!maySee(party, scenario)) return NOT_VISIBLE;
  const check = checkTransition(
    action,
    ACTORS[party],
    { status: scenario.status, researcherId: OWNER_ID },
    'A comment',
  );
  if (!check.ok) return check.reason === 'forbidden' ? FORBIDDEN : NOT_NOW;
  // Closing also waits for every biobank that took the request on to deliver.
  if (action === 'close' && !allAcceptedDelivered(scenario.routing ? [scenario.routing] : []))
    return NOT_NOW;
  return { status: 200, requestStatus: check.to, routingStatus: scenario.routing };
}

/** DCB's step, as the domain decides it; the coordinator role is checked before the request is looked up. */
function expectedRoutingStep(party: Party, scenario: Scenario, action: RoutingAction): Outcome {
  const actor = ACTORS[party];
  if (!actor.roles.includes('coordinator')) return FORBIDDEN;
  if (!maySee(party, scenario) || !scenario.routing) return NOT_VISIBLE;
  const check = checkRoutingTransition(
    action,
    actor,
    { biobankCode: 'DCB', status: scenario.routing },
    scenario.status,
    'A reason',
  );
  if (!check.ok) return check.reason === 'forbidden' ? FORBIDDEN : NOT_NOW;
  return {
    status: 200,
    requestStatus: requestStatusAfterRouting(scenario.status, [check.to]),
    routingStatus: check.to,
  };
}

/** Routing to DCB, for the secretariat only; the role is checked before the request is looked up. */
function expectedRoute(party: Party, scenario: Scenario): Outcome {
  const actor = ACTORS[party];
  if (!actor.roles.includes('secretariat')) return FORBIDDEN;
  return mayRoute(actor, scenario)
    ? { status: 200, requestStatus: 'routed', routingStatus: 'pending' }
    : NOT_NOW;
}

const scenario = (name: string) => SCENARIOS.find((candidate) => candidate.name === name)!;

/** Written out by hand, so that the matrix cannot pass by agreeing with a wrong rule. */
const REQUEST_ANCHORS: {
  party: Party;
  action: RequestAction;
  scenario: string;
  status: number;
  to?: RequestStatus;
}[] = [
  {
    party: 'secretariat',
    action: 'start_triage',
    scenario: 'just submitted',
    status: 200,
    to: 'in_triage',
  },
  {
    party: 'secretariat',
    action: 'ask_researcher',
    scenario: 'in triage',
    status: 200,
    to: 'awaiting_researcher',
  },
  {
    party: 'owner',
    action: 'answer',
    scenario: 'awaiting the researcher',
    status: 200,
    to: 'in_triage',
  },
  { party: 'secretariat', action: 'reject', scenario: 'in triage', status: 200, to: 'rejected' },
  {
    party: 'owner',
    action: 'withdraw',
    scenario: 'in progress at DCB',
    status: 200,
    to: 'withdrawn',
  },
  {
    party: 'secretariat',
    action: 'close',
    scenario: 'in progress, DCB delivered',
    status: 200,
    to: 'completed',
  },
  { party: 'secretariat', action: 'close', scenario: 'in progress at DCB', status: 409 },
  { party: 'secretariat', action: 'reject', scenario: 'routed to DCB, pending there', status: 409 },
  { party: 'owner', action: 'withdraw', scenario: 'completed', status: 409 },
  { party: 'owner', action: 'answer', scenario: 'in triage', status: 409 },
  {
    party: 'secretariat',
    action: 'start_triage',
    scenario: 'withdrawn before triage',
    status: 409,
  },
  { party: 'secretariat', action: 'withdraw', scenario: 'just submitted', status: 403 },
  { party: 'owner', action: 'reject', scenario: 'in triage', status: 403 },
  { party: 'coordinatorDcb', action: 'close', scenario: 'in progress, DCB delivered', status: 403 },
  { party: 'otherResearcher', action: 'withdraw', scenario: 'just submitted', status: 404 },
  { party: 'admin', action: 'start_triage', scenario: 'just submitted', status: 404 },
  {
    party: 'coordinatorDrb',
    action: 'withdraw',
    scenario: 'routed to DCB, pending there',
    status: 404,
  },
  { party: 'coordinatorDcb', action: 'start_triage', scenario: 'just submitted', status: 404 },
];

const ROUTING_ANCHORS: {
  party: Party;
  action: RoutingAction;
  scenario: string;
  status: number;
  routing?: RoutingStatus;
  request?: RequestStatus;
}[] = [
  {
    party: 'coordinatorDcb',
    action: 'accept',
    scenario: 'routed to DCB, pending there',
    status: 200,
    routing: 'accepted',
    request: 'routed',
  },
  {
    party: 'coordinatorDcb',
    action: 'decline',
    scenario: 'routed to DCB, pending there',
    status: 200,
    routing: 'declined',
    request: 'in_triage',
  },
  {
    party: 'coordinatorDcb',
    action: 'start',
    scenario: 'routed to DCB, accepted there',
    status: 200,
    routing: 'in_progress',
    request: 'in_progress',
  },
  {
    party: 'coordinatorDcb',
    action: 'deliver',
    scenario: 'in progress at DCB',
    status: 200,
    routing: 'delivered',
    request: 'in_progress',
  },
  {
    party: 'coordinatorDcb',
    action: 'deliver',
    scenario: 'routed to DCB, pending there',
    status: 409,
  },
  {
    party: 'coordinatorDcb',
    action: 'accept',
    scenario: 'withdrawn while pending at DCB',
    status: 409,
  },
  {
    party: 'coordinatorDcb',
    action: 'deliver',
    scenario: 'withdrawn while DCB was at work',
    status: 409,
  },
  {
    party: 'coordinatorDcb',
    action: 'accept',
    scenario: 'back in triage after DCB declined',
    status: 409,
  },
  { party: 'secretariat', action: 'accept', scenario: 'routed to DCB, pending there', status: 403 },
  { party: 'owner', action: 'accept', scenario: 'routed to DCB, pending there', status: 403 },
  {
    party: 'coordinatorDrb',
    action: 'accept',
    scenario: 'routed to DCB, pending there',
    status: 404,
  },
  { party: 'coordinatorDcb', action: 'accept', scenario: 'in triage', status: 404 },
];

const ROUTE_ANCHORS: [Party, string, number][] = [
  ['secretariat', 'in triage', 200],
  ['secretariat', 'back in triage after DCB declined', 200],
  ['secretariat', 'just submitted', 409],
  ['secretariat', 'routed to DCB, pending there', 409],
  ['owner', 'in triage', 403],
  ['coordinatorDcb', 'in triage', 403],
  ['admin', 'in triage', 403],
];

interface Case {
  title: string;
  scenario: Scenario;
  party: Party;
  expected: Outcome;
  /** The history event an allowed step writes. */
  eventType: string;
  attempt: (cast: Cast, request: ServiceRequest) => Promise<Reply<ServiceRequest | ErrorBody>>;
}

const describeOutcome = (outcome: Outcome) =>
  outcome.status === 200
    ? `200, the request becomes ${outcome.requestStatus}${outcome.routingStatus ? ` and DCB ${outcome.routingStatus}` : ''}`
    : `${outcome.status} ${outcome.code}`;

const REQUEST_CASES: Case[] = SCENARIOS.flatMap((scenario) =>
  REQUEST_ACTIONS.flatMap((action) =>
    PARTIES.map((party) => {
      const expected = expectedRequestStep(party, scenario, action);
      return {
        title: `${PARTY_LABELS[party]}: ${action} on a request ${scenario.name} → ${describeOutcome(expected)}`,
        scenario,
        party,
        expected,
        eventType: action,
        attempt: (cast: Cast, request: ServiceRequest) =>
          cast[party].client.post<ServiceRequest | ErrorBody>(
            `/api/requests/${request.id}/transitions`,
            {
              action,
              comment: 'A comment',
              version: request.version,
            },
          ),
      };
    }),
  ),
);

const ROUTING_CASES: Case[] = SCENARIOS.flatMap((scenario) =>
  ROUTING_ACTIONS.flatMap((action) =>
    PARTIES.map((party) => {
      const expected = expectedRoutingStep(party, scenario, action);
      return {
        title: `${PARTY_LABELS[party]}: DCB ${action} on a request ${scenario.name} → ${describeOutcome(expected)}`,
        scenario,
        party,
        expected,
        eventType: `routing_${action}`,
        attempt: (cast: Cast, request: ServiceRequest) =>
          cast[party].client.post<ServiceRequest | ErrorBody>(
            `/api/requests/${request.id}/routings/DCB/transitions`,
            {
              action,
              comment: 'A reason',
            },
          ),
      };
    }),
  ),
);

const ROUTE_CASES: Case[] = SCENARIOS.flatMap((scenario) =>
  PARTIES.map((party) => {
    const expected = expectedRoute(party, scenario);
    return {
      title: `${PARTY_LABELS[party]}: route to DCB a request ${scenario.name} → ${describeOutcome(expected)}`,
      scenario,
      party,
      expected,
      eventType: 'routed',
      attempt: (cast: Cast, request: ServiceRequest) =>
        cast[party].client.post<ServiceRequest | ErrorBody>(
          `/api/requests/${request.id}/routings`,
          {
            biobankCodes: ['DCB'],
            version: request.version,
          },
        ),
    };
  }),
);

const dcbStatus = (request: ServiceRequest) =>
  request.routings.find((routing) => routing.biobankCode === 'DCB')?.status;

describe('the lifecycle matrix: every step from every status, for every party, through the API', () => {
  describe('the expectations', () => {
    it.each(REQUEST_ANCHORS)('$party: $action on a request $scenario → $status', (anchor) => {
      const expected = expectedRequestStep(anchor.party, scenario(anchor.scenario), anchor.action);
      expect(expected.status).toBe(anchor.status);
      if (expected.status === 200) expect(expected.requestStatus).toBe(anchor.to);
    });

    it.each(ROUTING_ANCHORS)('$party: DCB $action on a request $scenario → $status', (anchor) => {
      const expected = expectedRoutingStep(anchor.party, scenario(anchor.scenario), anchor.action);
      expect(expected.status).toBe(anchor.status);
      if (expected.status === 200)
        expect(expected).toMatchObject({
          routingStatus: anchor.routing,
          requestStatus: anchor.request,
        });
    });

    it.each(ROUTE_ANCHORS)('%s: route a request %s → %i', (party, name, status) => {
      expect(expectedRoute(party, scenario(name)).status).toBe(status);
    });

    it('reach every status the researcher can see, and every routing status', () => {
      expect(new Set(SCENARIOS.map((s) => s.status))).toEqual(
        new Set([
          'submitted',
          'in_triage',
          'awaiting_researcher',
          'routed',
          'in_progress',
          'completed',
          'rejected',
          'withdrawn',
        ]),
      );
      expect(new Set(SCENARIOS.map((s) => s.routing).filter(Boolean))).toEqual(
        new Set(['pending', 'accepted', 'declined', 'in_progress', 'delivered']),
      );
    });

    it.each([
      ['request steps', REQUEST_CASES, [200, 403, 404, 409]],
      ['biobank steps', ROUTING_CASES, [200, 403, 404, 409]],
      ['routing', ROUTE_CASES, [200, 403, 409]],
    ] as const)('for %s include every kind of answer', (_name, cases, statuses) => {
      expect(new Set(cases.map((c) => c.expected.status))).toEqual(new Set(statuses));
    });
  });

  describe('through the API', () => {
    let harness: Harness;
    let cast: Cast;
    let factory: RequestFactory;

    beforeAll(async () => {
      harness = await startHarness();
      cast = await logInCast(harness);
      factory = new RequestFactory(cast);
    });
    afterAll(() => harness?.stop());

    const reread = async (request: ServiceRequest) => {
      const [current, history] = await Promise.all([
        cast.secretariat.client.get<ServiceRequest>(`/api/requests/${request.id}`),
        cast.secretariat.client.get<History>(`/api/requests/${request.id}/history`),
      ]);
      return {
        current: current.body,
        events: history.body.items.filter((entry) => entry.kind === 'event'),
      };
    };

    /**
     * Drives a fresh request for each step that should succeed. The steps that should be
     * refused on a scenario share one fresh request: each of them is checked to leave it
     * exactly as it was, so sharing it hides nothing and saves driving hundreds of requests.
     */
    const runMatrix = (cases: Case[]) => {
      const fixtureOf = cases.map((c, index) =>
        c.expected.status === 200 ? `case ${index}` : `refused on ${c.scenario.name}`,
      );
      const fixtures = new Map<string, ServiceRequest>();
      beforeAll(async () => {
        const keys = [...new Set(fixtureOf)];
        const scenarios = keys.map((key) => cases[fixtureOf.indexOf(key)].scenario);
        const driven = await inBatches(scenarios, 4, (s) => factory.drive(s));
        keys.forEach((key, index) => fixtures.set(key, driven[index]));
      }, 120_000);

      it.each(cases.map((c, index) => [c.title, c, index] as const))(
        '%s',
        async (_title, c, index) => {
          const before = fixtures.get(fixtureOf[index])!;
          const reply = await c.attempt(cast, before);
          const { current, events } = await reread(before);
          if (c.expected.status === 200) {
            expect(reply.status).toBe(200);
            const after = reply.body as ServiceRequest;
            expect({ status: after.status, version: after.version, dcb: dcbStatus(after) }).toEqual(
              {
                status: c.expected.requestStatus,
                version: before.version + 1,
                dcb: c.expected.routingStatus,
              },
            );
            expect(events).toHaveLength(c.scenario.steps.length + 2);
            expect(events.at(-1)).toMatchObject({
              type: c.eventType,
              fromStatus: before.status,
              toStatus: c.expected.requestStatus,
            });
          } else {
            expect({ status: reply.status, code: (reply.body as ErrorBody).code }).toEqual({
              status: c.expected.status,
              code: c.expected.code,
            });
            expect({
              status: current.status,
              version: current.version,
              dcb: dcbStatus(current),
            }).toEqual({
              status: before.status,
              version: before.version,
              dcb: dcbStatus(before),
            });
            expect(events).toHaveLength(c.scenario.steps.length + 1);
          }
        },
      );
    };

    describe(`request steps (${REQUEST_CASES.length} cases)`, () => runMatrix(REQUEST_CASES));
    describe(`DCB's steps (${ROUTING_CASES.length} cases)`, () => runMatrix(ROUTING_CASES));
    describe(`routing to DCB (${ROUTE_CASES.length} cases)`, () => runMatrix(ROUTE_CASES));

    it('a coordinator of DRB cannot take DCB’s steps on a request routed to both', async () => {
      const submitted = await factory.submit();
      const triaged = await cast.secretariat.client.post<ServiceRequest>(
        `/api/requests/${submitted.id}/transitions`,
        {
          action: 'start_triage',
          version: submitted.version,
        },
      );
      const routed = await cast.secretariat.client.post<ServiceRequest>(
        `/api/requests/${submitted.id}/routings`,
        {
          biobankCodes: ['DCB', 'DRB'],
          version: triaged.body.version,
        },
      );
      for (const action of ROUTING_ACTIONS) {
        const reply = await cast.coordinatorDrb.client.post<ErrorBody>(
          `/api/requests/${submitted.id}/routings/DCB/transitions`,
          {
            action,
            comment: 'A reason',
          },
        );
        expect({ action, status: reply.status, code: reply.body.code }).toEqual({
          action,
          status: 403,
          code: 'FORBIDDEN',
        });
      }
      const { current, events } = await reread(routed.body);
      expect(current.version).toBe(routed.body.version);
      expect(current.routings.map((routing) => [routing.biobankCode, routing.status])).toEqual([
        ['DCB', 'pending'],
        ['DRB', 'pending'],
      ]);
      expect(events).toHaveLength(3);
    });
  });
});
