import type {
  RequestAction,
  RequestStatus,
  RoutingAction,
  RoutingStatus,
  Service,
  ServiceRequest,
  User,
} from '@bgb/contracts';
import type { CoordinatorActor } from '@bgb/domain';
import type { HttpClient } from '@bgb/test-support';
import { DEMO, type Harness, newResearcher } from './harness';

/** The people of the matrices: everyone who could try a step on somebody's request. */
export const PARTIES = [
  'owner',
  'otherResearcher',
  'secretariat',
  'coordinatorDcb',
  'coordinatorDrb',
  'admin',
] as const;
export type Party = (typeof PARTIES)[number];

export const PARTY_LABELS: Record<Party, string> = {
  owner: 'the researcher who made it',
  otherResearcher: 'another researcher',
  secretariat: 'the secretariat',
  coordinatorDcb: 'a coordinator of DCB',
  coordinatorDrb: 'a coordinator of DRB',
  admin: 'an administrator',
};

/** Who each party is to the rules; `logInCast` checks that the API sees them the same way. */
export const ACTORS: Record<Party, CoordinatorActor> = {
  owner: { id: 'owner', roles: ['researcher'], biobankCodes: [] },
  otherResearcher: { id: 'otherResearcher', roles: ['researcher'], biobankCodes: [] },
  secretariat: { id: 'secretariat', roles: ['secretariat'], biobankCodes: [] },
  coordinatorDcb: { id: 'coordinatorDcb', roles: ['coordinator'], biobankCodes: ['DCB'] },
  coordinatorDrb: { id: 'coordinatorDrb', roles: ['coordinator'], biobankCodes: ['DRB'] },
  admin: { id: 'admin', roles: ['admin'], biobankCodes: [] },
};

/** Whom a request belongs to in the rules' terms: always the `owner` party. */
export const OWNER_ID = ACTORS.owner.id;

export interface Participant {
  client: HttpClient;
  user: User;
}

export type Cast = Record<Party, Participant>;

/** One logged-in client per party, each with the user the API itself reports for it. */
export async function logInCast(harness: Harness): Promise<Cast> {
  const me = async (client: HttpClient): Promise<Participant> => ({
    client,
    user: (await client.get<User>('/api/auth/me')).body,
  });
  const demo = async (email: string) => {
    const client = harness.client();
    await client.login(email);
    return me(client);
  };
  const cast: Cast = {
    owner: await me((await newResearcher(harness)).client),
    otherResearcher: await me((await newResearcher(harness)).client),
    secretariat: await demo(DEMO.secretariat),
    coordinatorDcb: await demo(DEMO.coordinatorDcb),
    coordinatorDrb: await demo(DEMO.coordinatorDrb),
    admin: await demo(DEMO.admin),
  };
  for (const party of PARTIES) {
    const { roles, biobankCodes } = cast[party].user;
    if (
      JSON.stringify({ roles, biobankCodes }) !==
      JSON.stringify({ roles: ACTORS[party].roles, biobankCodes: ACTORS[party].biobankCodes })
    ) {
      throw new Error(`${party} is ${JSON.stringify({ roles, biobankCodes })} to the API`);
    }
  }
  return cast;
}

/**
 * Who may see a request at all: the secretariat, the researcher who made it, and coordinators
 * of a biobank it was routed to. Everyone else gets 404, as if it did not exist.
 */
export function maySee(party: Party, scenario: Scenario): boolean {
  const actor = ACTORS[party];
  return (
    actor.roles.includes('secretariat') ||
    actor.id === OWNER_ID ||
    (actor.roles.includes('coordinator') &&
      scenario.routing !== undefined &&
      actor.biobankCodes.includes('DCB'))
  );
}

/** A step on the way to a scenario; routing steps are DCB's, the only biobank routed to. */
export type Step = RequestAction | 'route' | RoutingAction;

/** A request driven to a given point of its life, and what it must look like there. */
export interface Scenario {
  name: string;
  steps: readonly Step[];
  status: RequestStatus;
  /** DCB's routing status, when the request was ever routed. */
  routing?: RoutingStatus;
}

const TO_DCB: readonly Step[] = ['start_triage', 'route'];

export const SCENARIOS: readonly Scenario[] = [
  { name: 'just submitted', steps: [], status: 'submitted' },
  { name: 'in triage', steps: ['start_triage'], status: 'in_triage' },
  {
    name: 'awaiting the researcher',
    steps: ['start_triage', 'ask_researcher'],
    status: 'awaiting_researcher',
  },
  {
    name: 'back in triage after DCB declined',
    steps: [...TO_DCB, 'decline'],
    status: 'in_triage',
    routing: 'declined',
  },
  { name: 'routed to DCB, pending there', steps: TO_DCB, status: 'routed', routing: 'pending' },
  {
    name: 'routed to DCB, accepted there',
    steps: [...TO_DCB, 'accept'],
    status: 'routed',
    routing: 'accepted',
  },
  {
    name: 'in progress at DCB',
    steps: [...TO_DCB, 'accept', 'start'],
    status: 'in_progress',
    routing: 'in_progress',
  },
  {
    name: 'in progress, DCB delivered',
    steps: [...TO_DCB, 'accept', 'start', 'deliver'],
    status: 'in_progress',
    routing: 'delivered',
  },
  {
    name: 'completed',
    steps: [...TO_DCB, 'accept', 'start', 'deliver', 'close'],
    status: 'completed',
    routing: 'delivered',
  },
  { name: 'rejected in triage', steps: ['start_triage', 'reject'], status: 'rejected' },
  { name: 'withdrawn before triage', steps: ['withdraw'], status: 'withdrawn' },
  {
    name: 'withdrawn while pending at DCB',
    steps: [...TO_DCB, 'withdraw'],
    status: 'withdrawn',
    routing: 'pending',
  },
  {
    name: 'withdrawn while DCB was at work',
    steps: [...TO_DCB, 'accept', 'start', 'withdraw'],
    status: 'withdrawn',
    routing: 'in_progress',
  },
];

const OWNER_STEPS: readonly Step[] = ['answer', 'withdraw'];
const ROUTING_STEPS: readonly Step[] = ['accept', 'decline', 'start', 'deliver'];

/** Drives requests through the API, each one fresh from its submission by the owner. */
export class RequestFactory {
  private serviceId?: string;
  private counter = 0;

  constructor(private readonly cast: Cast) {}

  /** What a researcher fills in, asking DCB for samples. */
  async requestBody() {
    this.serviceId ??= (await this.cast.owner.client.get<Service[]>('/api/services')).body[0].id;
    return {
      title: `Matrix request ${++this.counter}`,
      serviceId: this.serviceId,
      biobankCodes: ['DCB'],
      projectDescription: 'Proteomics on archived plasma',
      principalInvestigator: 'Professor Ørnsø',
      institution: 'Aarhus Universitet',
    };
  }

  async submit(owner: HttpClient = this.cast.owner.client): Promise<ServiceRequest> {
    const reply = await owner.post<ServiceRequest>('/api/requests', await this.requestBody());
    if (reply.status !== 201)
      throw new Error(`submit failed: ${reply.status} ${JSON.stringify(reply.body)}`);
    return reply.body;
  }

  /** A fresh request in the scenario's state; fails loudly when the API took it elsewhere. */
  async drive(scenario: Scenario): Promise<ServiceRequest> {
    let request = await this.submit();
    for (const step of scenario.steps) request = await this.take(request, step);
    const dcb = request.routings.find((routing) => routing.biobankCode === 'DCB');
    if (request.status !== scenario.status || dcb?.status !== scenario.routing) {
      throw new Error(
        `"${scenario.name}" ended ${request.status}/${dcb?.status}, not ${scenario.status}/${scenario.routing}`,
      );
    }
    return request;
  }

  private async take(request: ServiceRequest, step: Step): Promise<ServiceRequest> {
    const comment = `Step ${step}`;
    const reply = ROUTING_STEPS.includes(step)
      ? await this.cast.coordinatorDcb.client.post<ServiceRequest>(
          `/api/requests/${request.id}/routings/DCB/transitions`,
          {
            action: step,
            comment,
          },
        )
      : step === 'route'
        ? await this.cast.secretariat.client.post<ServiceRequest>(
            `/api/requests/${request.id}/routings`,
            {
              biobankCodes: ['DCB'],
              version: request.version,
            },
          )
        : await (
            OWNER_STEPS.includes(step) ? this.cast.owner : this.cast.secretariat
          ).client.post<ServiceRequest>(`/api/requests/${request.id}/transitions`, {
            action: step,
            comment,
            version: request.version,
          });
    if (reply.status !== 200)
      throw new Error(`${step} failed: ${reply.status} ${JSON.stringify(reply.body)}`);
    return reply.body;
  }
}

/** Runs `work` over `items`, at most `limit` at a time, keeping their order. */
export async function inBatches<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
