import type { ErrorBody, RequestList, Service, ServiceRequest } from '@bgb/contracts';
import type { HttpClient } from '@bgb/test-support';
import { DEMO, type Harness, newResearcher, startHarness } from './support/harness';

describe('submitting a service request and starting triage', () => {
  let harness: Harness;
  let services: Service[];
  beforeAll(async () => {
    harness = await startHarness();
    services = (await harness.client().get<Service[]>('/api/services')).body;
  });
  afterAll(() => harness?.stop());

  const validBody = () => ({
    title: 'Plasmaproteiner som biomarkør — æøå ÆØÅ',
    serviceId: services.find((s) => s.slug === 'biomarker-development')!.id,
    biobankCodes: ['DCB', 'PATO'],
    projectDescription: 'Vi undersøger «cirkulerende» proteiner. 🧬',
    principalInvestigator: 'Professor Ørnsø',
    institution: 'Aalborg Universitetshospital',
    ethicsApprovalCaseNumber: 'H-21034567',
  });

  const myRequests = async (client: HttpClient) =>
    (await client.get<RequestList>('/api/requests?limit=100')).body.items;

  it('gives the request a reference, shows it in "my requests" and mails both parties', async () => {
    const { client, email } = await newResearcher(harness, { locale: 'en' });
    const reply = await client.post<ServiceRequest>('/api/requests', validBody());
    expect(reply.status).toBe(201);
    expect(reply.body).toMatchObject({
      ...validBody(),
      status: 'submitted',
      version: 1,
      biobankCodes: ['DCB', 'PATO'],
    });
    expect(reply.body.reference).toMatch(new RegExp(`^BGB-${new Date().getFullYear()}-\\d{5}$`));
    expect(reply.body.allowedActions).toEqual(['withdraw']);

    const mine = await myRequests(client);
    expect(mine.map((r) => r.reference)).toEqual([reply.body.reference]);
    expect((await client.get<ServiceRequest>(`/api/requests/${reply.body.id}`)).body.title).toBe(
      validBody().title,
    );

    const { reference } = reply.body;
    const [receipt] = await harness.smtp.waitFor((m) => m.to.includes(email));
    expect(receipt.subject).toBe(`[${reference}] We have received your request`);
    expect(receipt.text).toContain(validBody().title);
    expect(receipt.text).toContain(`${harness.api.baseUrl}/requests/${reply.body.id}`);
    expect(receipt.html).toContain(`href="${harness.api.baseUrl}/requests/${reply.body.id}"`);
    const [secretariat] = await harness.smtp.waitFor(
      (m) => m.to.includes('secretariat@bgb.example') && m.subject.includes(reference),
    );
    expect(secretariat.subject).toBe(`[${reference}] Ny henvendelse: ${validBody().title}`);
  });

  describe('bad input gets a clear error and changes nothing', () => {
    let researcher: HttpClient;
    beforeAll(async () => {
      researcher = (await newResearcher(harness)).client;
    });
    afterEach(async () => {
      expect(await myRequests(researcher)).toEqual([]);
    });

    it.each([
      ['a missing title', { title: undefined }, 'title'],
      ['an empty title', { title: '   ' }, 'title'],
      ['a title over 200 characters', { title: 'x'.repeat(201) }, 'title'],
      ['no biobank', { biobankCodes: [] }, 'biobankCodes'],
      ['an empty project description', { projectDescription: '' }, 'projectDescription'],
      [
        'a missing principal investigator',
        { principalInvestigator: undefined },
        'principalInvestigator',
      ],
      ['a service id that is not an id', { serviceId: 'biomarkers' }, 'serviceId'],
      ['a string where a list belongs', { biobankCodes: 'DCB' }, 'biobankCodes'],
      ['a number where text belongs', { title: 12345 }, 'title'],
    ])('400 for %s', async (_label, change, field) => {
      const reply = await researcher.post<ErrorBody>('/api/requests', {
        ...validBody(),
        ...change,
      });
      expect(reply.status).toBe(400);
      expect(reply.body).toMatchObject({
        statusCode: 400,
        error: 'Bad Request',
        code: 'VALIDATION_FAILED',
      });
      expect(reply.body.details?.map((d) => d.field.split('.')[0])).toContain(field);
    });

    it('422 for an unknown biobank code, naming the entry', async () => {
      const reply = await researcher.post<ErrorBody>('/api/requests', {
        ...validBody(),
        biobankCodes: ['DCB', 'NOPE'],
      });
      expect(reply.status).toBe(422);
      expect(reply.body.code).toBe('UNKNOWN_REFERENCE');
      expect(reply.body.details).toEqual([
        expect.objectContaining({ field: 'biobankCodes.1', code: 'unknown_biobank' }),
      ]);
    });

    it('422 for an unknown service', async () => {
      const reply = await researcher.post<ErrorBody>('/api/requests', {
        ...validBody(),
        serviceId: '00000000-0000-4000-8000-000000000000',
      });
      expect(reply.status).toBe(422);
      expect(reply.body.details?.[0].field).toBe('serviceId');
    });

    it('400 for malformed JSON, without echoing it', async () => {
      const reply = await researcher.post<ErrorBody>('/api/requests', '{"title": "secret-fragment');
      expect(reply.status).toBe(400);
      expect(reply.body.code).toBe('MALFORMED_BODY');
      expect(JSON.stringify(reply.body)).not.toContain('secret-fragment');
    });

    it('413 for an oversized body', async () => {
      const reply = await researcher.post<ErrorBody>('/api/requests', {
        ...validBody(),
        projectDescription: 'x'.repeat(2_000_000),
      });
      expect(reply.status).toBe(413);
      expect(reply.body.code).toBe('PAYLOAD_TOO_LARGE');
    });

    it('403 without the CSRF token', async () => {
      const reply = await researcher.post<ErrorBody>('/api/requests', validBody(), { csrf: false });
      expect(reply.status).toBe(403);
      expect(reply.body.code).toBe('CSRF_INVALID');
    });

    it('401 without a session', async () => {
      const reply = await harness.client().post<ErrorBody>('/api/requests', validBody());
      expect(reply.status).toBe(401);
    });
  });

  it("hides one researcher's request from another (404, as if it did not exist)", async () => {
    const owner = await newResearcher(harness);
    const other = await newResearcher(harness);
    const { body: request } = await owner.client.post<ServiceRequest>('/api/requests', validBody());
    const peek = await other.client.get<ErrorBody>(`/api/requests/${request.id}`);
    expect(peek.status).toBe(404);
    expect(peek.body.code).toBe('NOT_FOUND');
    const missing = await other.client.get<ErrorBody>(
      '/api/requests/00000000-0000-4000-8000-000000000000',
    );
    expect(peek.body).toEqual(missing.body);
    expect((await other.client.get<ErrorBody>('/api/requests/not-a-uuid')).status).toBe(404);
    expect(await myRequests(other.client)).toEqual([]);
    const act = await other.client.post(`/api/requests/${request.id}/transitions`, {
      action: 'withdraw',
    });
    expect(act.status).toBe(404);
  });

  it('lets the secretariat start triage, which the researcher then sees', async () => {
    const researcher = await newResearcher(harness);
    const { body: submitted } = await researcher.client.post<ServiceRequest>(
      '/api/requests',
      validBody(),
    );
    const secretariat = harness.client();
    await secretariat.login(DEMO.secretariat);

    const queue = (await secretariat.get<RequestList>('/api/requests?status=submitted&limit=100'))
      .body.items;
    const queued = queue.find((r) => r.id === submitted.id);
    expect(queued).toBeDefined();
    expect(queued?.allowedActions).toEqual(['start_triage', 'reject']);

    const refused = await researcher.client.post<ErrorBody>(
      `/api/requests/${submitted.id}/transitions`,
      { action: 'start_triage' },
    );
    expect(refused.status).toBe(403);

    const started = await secretariat.post<ServiceRequest>(
      `/api/requests/${submitted.id}/transitions`,
      {
        action: 'start_triage',
        version: submitted.version,
      },
    );
    expect(started.status).toBe(200);
    expect(started.body).toMatchObject({ status: 'in_triage', version: 2 });

    const again = await secretariat.post<ErrorBody>(`/api/requests/${submitted.id}/transitions`, {
      action: 'start_triage',
    });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('TRANSITION_NOT_ALLOWED');

    const seen = await researcher.client.get<ServiceRequest>(`/api/requests/${submitted.id}`);
    expect(seen.body.status).toBe('in_triage');
  });

  it('turns a change based on an old version into a 409 that changes nothing', async () => {
    const researcher = await newResearcher(harness);
    const { body: submitted } = await researcher.client.post<ServiceRequest>(
      '/api/requests',
      validBody(),
    );
    const secretariat = harness.client();
    await secretariat.login(DEMO.secretariat);
    const stale = await secretariat.post<ErrorBody>(`/api/requests/${submitted.id}/transitions`, {
      action: 'start_triage',
      version: submitted.version + 1,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('VERSION_CONFLICT');
    const unchanged = await researcher.client.get<ServiceRequest>(`/api/requests/${submitted.id}`);
    expect(unchanged.body).toMatchObject({ status: 'submitted', version: 1 });
  });

  it('lets only one of two case handlers acting on the same version win', async () => {
    const researcher = await newResearcher(harness);
    const { body: submitted } = await researcher.client.post<ServiceRequest>(
      '/api/requests',
      validBody(),
    );
    const [first, second] = [harness.client(), harness.client()];
    await first.login(DEMO.secretariat);
    await second.login(DEMO.secretariat);
    const replies = await Promise.all(
      [first, second].map((c) =>
        c.post(`/api/requests/${submitted.id}/transitions`, { action: 'start_triage', version: 1 }),
      ),
    );
    expect(replies.map((r) => r.status).sort()).toEqual([200, 409]);
  });

  it('keeps references unique and sequential under concurrent submissions', async () => {
    const researchers = await Promise.all(Array.from({ length: 4 }, () => newResearcher(harness)));
    const replies = await Promise.all(
      Array.from({ length: 24 }, (_, i) =>
        researchers[i % 4].client.post<ServiceRequest>('/api/requests', validBody()),
      ),
    );
    expect(replies.every((r) => r.status === 201)).toBe(true);
    const sequences = replies
      .map((r) => Number(r.body.reference.split('-')[2]))
      .sort((a, b) => a - b);
    expect(new Set(sequences).size).toBe(24);
    expect(sequences.at(-1)! - sequences[0]).toBe(23);
  });

  it('pages through a long list with a cursor, newest first, without gaps or repeats', async () => {
    const { client } = await newResearcher(harness);
    const created: string[] = [];
    for (let i = 0; i < 7; i++) {
      created.push(
        (
          await client.post<ServiceRequest>('/api/requests', {
            ...validBody(),
            title: `Request ${i}`,
          })
        ).body.id,
      );
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `?limit=3&cursor=${cursor}` : '?limit=3';
      const page: RequestList = (await client.get<RequestList>(`/api/requests${query}`)).body;
      expect(page.items.length).toBeLessThanOrEqual(3);
      seen.push(...page.items.map((r) => r.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual([...created].reverse());
    const forged = await client.get<ErrorBody>('/api/requests?cursor=not-a-cursor');
    expect(forged.status).toBe(400);
    expect(forged.body.details?.[0].field).toBe('cursor');
  });
});
