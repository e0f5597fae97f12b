import type { ErrorBody, MessageList, RequestList, Service, ServiceRequest } from '@bgb/contracts';
import type { HttpClient } from '@bgb/test-support';
import { DEMO, type Harness, newResearcher, startHarness } from './support/harness';

describe('routing a request to biobanks and their work on it', () => {
  let harness: Harness;
  let secretariat: HttpClient;
  let dcb: HttpClient;
  let drb: HttpClient;
  let serviceId: string;

  beforeAll(async () => {
    harness = await startHarness();
    [secretariat, dcb, drb] = [harness.client(), harness.client(), harness.client()];
    await secretariat.login(DEMO.secretariat);
    await dcb.login(DEMO.coordinatorDcb);
    await drb.login(DEMO.coordinatorDrb);
    serviceId = (await harness.client().get<Service[]>('/api/services')).body[0].id;
  });
  afterAll(() => harness?.stop());

  /** A request in triage, ready to route. */
  async function inTriage() {
    const researcher = await newResearcher(harness, { locale: 'en' });
    const { body: submitted } = await researcher.client.post<ServiceRequest>('/api/requests', {
      title: `Routing ${Date.now()}`,
      serviceId,
      biobankCodes: ['DCB', 'DRB'],
      projectDescription: 'Beskrivelse',
      principalInvestigator: 'PI',
      institution: 'AU',
    });
    const { body: request } = await secretariat.post<ServiceRequest>(
      `/api/requests/${submitted.id}/transitions`,
      {
        action: 'start_triage',
        version: submitted.version,
      },
    );
    return { researcher, request };
  }

  const route = (
    request: ServiceRequest,
    biobankCodes: string[],
    note = 'Brug gerne arkivmateriale.',
  ) =>
    secretariat.post<ServiceRequest>(`/api/requests/${request.id}/routings`, {
      biobankCodes,
      note,
      version: request.version,
    });
  const step = (
    client: HttpClient,
    request: ServiceRequest,
    code: string,
    action: string,
    comment?: string,
  ) =>
    client.post<ServiceRequest>(`/api/requests/${request.id}/routings/${code}/transitions`, {
      action,
      comment,
    });

  it('goes from triage through two biobanks to completed, telling everyone on the way', async () => {
    const { researcher, request } = await inTriage();
    const routed = await route(request, ['DCB', 'DRB']);
    expect(routed.status).toBe(200);
    expect(routed.body.status).toBe('routed');
    expect(routed.body.routings.map((r) => [r.biobankCode, r.status, r.note])).toEqual([
      ['DCB', 'pending', 'Brug gerne arkivmateriale.'],
      ['DRB', 'pending', 'Brug gerne arkivmateriale.'],
    ]);

    // The researcher sees where it went, but not the note to the biobanks.
    const seen = (await researcher.client.get<ServiceRequest>(`/api/requests/${request.id}`)).body;
    expect(seen.routings.map((r) => [r.biobankCode, r.status, r.note, r.allowedActions])).toEqual([
      ['DCB', 'pending', null, []],
      ['DRB', 'pending', null, []],
    ]);
    await harness.smtp.waitFor(
      (m) =>
        m.to.includes(researcher.email) &&
        m.subject === `[${request.reference}] Your request has been sent to the biobanks`,
    );
    const [toDcb] = await harness.smtp.waitFor(
      (m) => m.to.includes(DEMO.coordinatorDcb) && m.subject.includes(request.reference),
    );
    expect(toDcb.text).toContain('Brug gerne arkivmateriale.');

    // Each coordinator finds it in their own queue, with their own steps.
    const dcbQueue = (await dcb.get<RequestList>('/api/requests?status=routed&limit=100')).body
      .items;
    const mine = dcbQueue.find((r) => r.id === request.id)!;
    expect(mine.routings.find((r) => r.biobankCode === 'DCB')!.allowedActions).toEqual([
      'accept',
      'decline',
    ]);
    expect(mine.routings.find((r) => r.biobankCode === 'DRB')!.allowedActions).toEqual([]);

    expect((await step(dcb, request, 'DCB', 'accept')).body.status).toBe('routed');
    const declined = await step(drb, request, 'DRB', 'decline', 'Vi har ikke materialet.');
    expect(declined.body.routings.find((r) => r.biobankCode === 'DRB')).toMatchObject({
      status: 'declined',
      declineReason: 'Vi har ikke materialet.',
    });
    await harness.smtp.waitFor((m) =>
      m.subject.startsWith(`[${request.reference}] Dansk Reuma Biobank har afvist`),
    );

    const started = await step(dcb, request, 'DCB', 'start');
    expect(started.body.status).toBe('in_progress');
    await harness.smtp.waitFor(
      (m) =>
        m.to.includes(researcher.email) &&
        m.subject === `[${request.reference}] Work on your request has started`,
    );

    const early = await secretariat.post<ErrorBody>(`/api/requests/${request.id}/transitions`, {
      action: 'close',
    });
    expect(early.status).toBe(409);
    expect(
      (await secretariat.get<ServiceRequest>(`/api/requests/${request.id}`)).body.allowedActions,
    ).not.toContain('close');

    await step(dcb, request, 'DCB', 'deliver');
    await harness.smtp.waitFor((m) =>
      m.subject.startsWith(`[${request.reference}] Danske Cancer Biobank har leveret`),
    );
    const current = (await secretariat.get<ServiceRequest>(`/api/requests/${request.id}`)).body;
    expect(current.allowedActions).toContain('close');
    const closed = await secretariat.post<ServiceRequest>(
      `/api/requests/${request.id}/transitions`,
      { action: 'close', version: current.version },
    );
    expect(closed.body.status).toBe('completed');
    await harness.smtp.waitFor(
      (m) =>
        m.to.includes(researcher.email) &&
        m.subject === `[${request.reference}] Your request is completed`,
    );
  });

  it('goes back to triage when every biobank declines', async () => {
    const { request } = await inTriage();
    await route(request, ['DCB']);
    const declined = await step(dcb, request, 'DCB', 'decline', 'Uden for vores område.');
    expect(declined.body.status).toBe('in_triage');
    expect(declined.body.mayRoute).toBe(false);
    expect(
      (await secretariat.get<ServiceRequest>(`/api/requests/${request.id}`)).body.mayRoute,
    ).toBe(true);
  });

  it('shows a coordinator only what was routed to their biobank, with its internal notes', async () => {
    const { researcher, request } = await inTriage();
    await secretariat.post(`/api/requests/${request.id}/messages`, {
      body: 'Intern: kun DCB',
      internal: true,
    });
    await route(request, ['DCB']);
    expect((await drb.get(`/api/requests/${request.id}`)).status).toBe(404);
    expect((await drb.get(`/api/requests/${request.id}/messages`)).status).toBe(404);
    expect(
      (await drb.get<RequestList>('/api/requests?limit=100')).body.items.map((r) => r.id),
    ).not.toContain(request.id);
    expect((await step(drb, request, 'DCB', 'accept')).status).toBe(404);
    expect(
      (await dcb.get<MessageList>(`/api/requests/${request.id}/messages`)).body.items.map(
        (m) => m.body,
      ),
    ).toEqual(['Intern: kun DCB']);
    expect(
      (await researcher.client.get<MessageList>(`/api/requests/${request.id}/messages`)).body.items,
    ).toEqual([]);
  });

  it('refuses wrong steps clearly and changes nothing', async () => {
    const { researcher, request } = await inTriage();
    const unknown = await secretariat.post<ErrorBody>(`/api/requests/${request.id}/routings`, {
      biobankCodes: ['DCB', 'XYZ'],
      version: request.version,
    });
    expect(unknown.status).toBe(422);
    expect(unknown.body.details?.[0].field).toBe('biobankCodes.1');
    const stale = await secretariat.post<ErrorBody>(`/api/requests/${request.id}/routings`, {
      biobankCodes: ['DCB'],
      version: 1,
    });
    expect(stale.status).toBe(409);
    expect(
      (
        await researcher.client.post(`/api/requests/${request.id}/routings`, {
          biobankCodes: ['DCB'],
          version: request.version,
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await secretariat.post<ErrorBody>(`/api/requests/${request.id}/routings`, {
          biobankCodes: [],
          version: request.version,
        })
      ).status,
    ).toBe(400);
    expect(
      (await secretariat.get<ServiceRequest>(`/api/requests/${request.id}`)).body,
    ).toMatchObject({ status: 'in_triage', routings: [] });

    const { body: routed } = await route(request, ['DCB', 'DRB']);
    const again = await secretariat.post<ErrorBody>(`/api/requests/${request.id}/routings`, {
      biobankCodes: ['DCB'],
      version: routed.version,
    });
    expect(again.status).toBe(409);
    expect((await step(drb, request, 'DCB', 'accept')).status).toBe(403);
    expect((await step(secretariat, request, 'DCB', 'accept')).status).toBe(403);
    const noReason = await step(dcb, request, 'DCB', 'decline', '  ');
    expect(noReason.status).toBe(400);
    expect((await step(dcb, request, 'DCB', 'deliver')).status).toBe(409);
    expect((await step(dcb, request, 'PATO', 'accept')).status).toBe(404);
    const unchanged = (await secretariat.get<ServiceRequest>(`/api/requests/${request.id}`)).body;
    expect(unchanged.routings.map((r) => r.status)).toEqual(['pending', 'pending']);
    expect(unchanged.version).toBe(routed.version);
  });

  it('takes the version a coordinator saw from the body or from If-Match; a stale one changes nothing', async () => {
    const { request } = await inTriage();
    const { body: routed } = await route(request, ['DCB', 'DRB']);
    const seen = await dcb.get<ServiceRequest>(`/api/requests/${request.id}`);
    expect(seen.headers.get('etag')).toBe(`"${routed.version}"`);

    const stale = await dcb.post<ErrorBody>(
      `/api/requests/${request.id}/routings/DCB/transitions`,
      { action: 'accept', version: routed.version - 1 },
    );
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('VERSION_CONFLICT');
    const staleHeader = await dcb.send<ErrorBody>(
      'POST',
      `/api/requests/${request.id}/routings/DCB/transitions`,
      { action: 'accept' },
      { headers: { 'If-Match': `"${routed.version - 1}"` } },
    );
    expect(staleHeader.status).toBe(409);
    const malformed = await dcb.send<ErrorBody>(
      'POST',
      `/api/requests/${request.id}/routings/DCB/transitions`,
      { action: 'accept' },
      { headers: { 'If-Match': 'yesterday' } },
    );
    expect(malformed.status).toBe(400);
    expect(malformed.body.details?.[0].field).toBe('If-Match');
    const unchanged = (await secretariat.get<ServiceRequest>(`/api/requests/${request.id}`)).body;
    expect([unchanged.version, unchanged.routings.map((r) => r.status)]).toEqual([
      routed.version,
      ['pending', 'pending'],
    ]);

    const accepted = await dcb.send<ServiceRequest>(
      'POST',
      `/api/requests/${request.id}/routings/DCB/transitions`,
      { action: 'accept' },
      { headers: { 'If-Match': seen.headers.get('etag')! } },
    );
    expect(accepted.status).toBe(200);
    expect(accepted.headers.get('etag')).toBe(`"${routed.version + 1}"`);

    // The request's own steps take If-Match too.
    const staleClose = await secretariat.send<ErrorBody>(
      'POST',
      `/api/requests/${request.id}/transitions`,
      { action: 'reject', comment: 'Nej' },
      { headers: { 'If-Match': `"${routed.version}"` } },
    );
    expect(staleClose.status).toBe(409);
    expect((await secretariat.get<ServiceRequest>(`/api/requests/${request.id}`)).body.status).toBe(
      'routed',
    );
  });

  it('lets two biobanks act at the same moment, one after the other, losing neither step', async () => {
    const { request } = await inTriage();
    const { body: routed } = await route(request, ['DCB', 'DRB']);
    const [fromDcb, fromDrb] = await Promise.all([
      step(dcb, request, 'DCB', 'accept'),
      step(drb, request, 'DRB', 'accept'),
    ]);
    expect([fromDcb.status, fromDrb.status]).toEqual([200, 200]);
    const after = (await secretariat.get<ServiceRequest>(`/api/requests/${request.id}`)).body;
    expect(after.routings.map((r) => r.status)).toEqual(['accepted', 'accepted']);
    expect(after.version).toBe(routed.version + 2);

    // The same biobank's two contradicting steps at once: the first wins, the second finds it no longer pending.
    const { request: other } = await inTriage();
    await route(other, ['DCB']);
    const replies = await Promise.all([
      step(dcb, other, 'DCB', 'accept'),
      step(dcb, other, 'DCB', 'decline', 'Nej tak'),
    ]);
    expect(replies.map((reply) => reply.status).sort()).toEqual([200, 409]);
    const settled = (await secretariat.get<ServiceRequest>(`/api/requests/${other.id}`)).body;
    expect(['accepted', 'declined']).toContain(settled.routings[0].status);
    expect(settled.version).toBe(other.version + 2);
  });
});
