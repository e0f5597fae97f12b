import type {
  Draft,
  DraftList,
  ErrorBody,
  RequestList,
  Service,
  ServiceRequest,
} from '@bgb/contracts';
import { type HttpClient, SERVICE_ANSWER_CASES } from '@bgb/test-support';
import { DEMO, type Harness, newResearcher, startHarness } from './support/harness';

/** Good answers to the biomarker service's questions, from the shared table. */
const biomarkerAnswers = SERVICE_ANSWER_CASES.find(
  (entry) => entry.service === 'biomarker-development',
)!.cases[0].answers;

describe('drafts: a request written over days, saved, resumed and submitted once complete', () => {
  let harness: Harness;
  let serviceId: string;
  let secretariat: HttpClient;
  let coordinator: HttpClient;
  let admin: HttpClient;

  beforeAll(async () => {
    harness = await startHarness();
    serviceId = (await harness.client().get<Service[]>('/api/services')).body.find(
      (s) => s.slug === 'biomarker-development',
    )!.id;
    [secretariat, coordinator, admin] = [harness.client(), harness.client(), harness.client()];
    await secretariat.login(DEMO.secretariat);
    await coordinator.login(DEMO.coordinatorDcb);
    await admin.login(DEMO.admin);
  });
  afterAll(() => harness?.stop());

  const complete = () => ({
    title: 'Cirkulerende tumor-DNA efter operation',
    serviceId,
    biobankCodes: ['PATO', 'DCB'],
    projectDescription: 'Vi følger 300 patienter i to år.',
    principalInvestigator: 'Professor Ørnsø',
    institution: 'Aarhus Universitet',
    coApplicants: [{ name: 'Ole Hansen', institution: 'SDU', email: 'ole@sdu.dk' }],
    funding: 'Kræftens Bekæmpelse',
    industryPartnerName: 'Novo Nordisk A/S',
    industryPartnerCvr: '24256790',
    ethicsApprovalCaseNumber: 'H-21034567',
    ethicsApprovalDate: '2026-03-01',
    ethicsCommittee: 'De Videnskabsetiske Komitéer for Region Hovedstaden',
    dataProtectionReference: 'P-2026-123',
    consentBasis: 'informed_consent',
    answers: biomarkerAnswers,
  });

  const drafts = async (client: HttpClient) =>
    (await client.get<DraftList>('/api/drafts')).body.items;
  const requests = async (client: HttpClient) =>
    (await client.get<RequestList>('/api/requests?limit=100')).body.items;

  it('saves a draft with any part of the content, resumes it and lists it, last edited first', async () => {
    const { client } = await newResearcher(harness);
    const created = await client.post<Draft>('/api/drafts', { title: 'Half an idea' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      title: 'Half an idea',
      version: 1,
      serviceId: null,
      biobankCodes: [],
      coApplicants: [],
      consentBasis: null,
      missing: [
        'projectDescription',
        'principalInvestigator',
        'institution',
        'serviceId',
        'biobankCodes',
      ],
    });
    expect(created.headers.get('etag')).toBe('"1"');

    const resumed = await client.get<Draft>(`/api/drafts/${created.body.id}`);
    expect(resumed.status).toBe(200);
    expect(resumed.headers.get('etag')).toBe('"1"');
    expect(resumed.body).toEqual(created.body);

    const saved = await client.put<Draft>(`/api/drafts/${created.body.id}`, {
      ...complete(),
      title: 'A whole idea',
      version: 1,
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({
      ...complete(),
      title: 'A whole idea',
      biobankCodes: ['DCB', 'PATO'],
      version: 2,
      missing: [],
    });

    const later = await client.post<Draft>('/api/drafts', {});
    expect((await drafts(client)).map((draft) => draft.id)).toEqual([
      later.body.id,
      created.body.id,
    ]);
    await client.put(
      `/api/drafts/${created.body.id}`,
      { title: 'Edited again' },
      { headers: { 'If-Match': '"2"' } },
    );
    expect((await drafts(client)).map((draft) => draft.id)).toEqual([
      created.body.id,
      later.body.id,
    ]);
  });

  it('replaces the whole content on save: a field left out is emptied', async () => {
    const { client } = await newResearcher(harness);
    const { body: draft } = await client.post<Draft>('/api/drafts', complete());
    const saved = await client.put<Draft>(`/api/drafts/${draft.id}`, {
      title: 'Only a title',
      version: draft.version,
    });
    expect(saved.body).toMatchObject({
      title: 'Only a title',
      funding: null,
      coApplicants: [],
      biobankCodes: [],
      ethicsApprovalDate: null,
    });
  });

  it('two tabs: the save based on the older version is 409 and the first tab’s content stays', async () => {
    const { client } = await newResearcher(harness);
    const { body: draft } = await client.post<Draft>('/api/drafts', {
      title: 'Opened in two tabs',
    });
    const first = await client.put<Draft>(`/api/drafts/${draft.id}`, {
      title: 'Written in tab one',
      version: draft.version,
    });
    expect(first.status).toBe(200);
    const second = await client.put<ErrorBody>(`/api/drafts/${draft.id}`, {
      title: 'Written in tab two',
      version: draft.version,
    });
    expect(second.status).toBe(409);
    expect(second.body.code).toBe('VERSION_CONFLICT');
    const stale = await client.put<ErrorBody>(
      `/api/drafts/${draft.id}`,
      { title: 'Tab two again' },
      { headers: { 'If-Match': '"1"' } },
    );
    expect(stale.status).toBe(409);
    expect((await client.get<Draft>(`/api/drafts/${draft.id}`)).body).toMatchObject({
      title: 'Written in tab one',
      version: 2,
    });
  });

  it('deletes a draft', async () => {
    const { client } = await newResearcher(harness);
    const { body: draft } = await client.post<Draft>('/api/drafts', { title: 'Not worth it' });
    expect((await client.send('DELETE', `/api/drafts/${draft.id}`)).status).toBe(204);
    expect((await client.get(`/api/drafts/${draft.id}`)).status).toBe(404);
    expect(await drafts(client)).toEqual([]);
  });

  it('submits a complete draft through the same submission as a new request: reference, mails, queue', async () => {
    const { client, email } = await newResearcher(harness);
    const { body: draft } = await client.post<Draft>('/api/drafts', complete());

    // Before submission the draft is in no list and behind no request URL.
    expect(await requests(client)).toEqual([]);
    expect((await client.get(`/api/requests/${draft.id}`)).status).toBe(404);
    expect((await secretariat.get(`/api/requests/${draft.id}`)).status).toBe(404);
    const queue = await secretariat.get<RequestList>(
      `/api/requests?limit=100&q=${encodeURIComponent('Ørnsø')}`,
    );
    expect(queue.body.items.map((request) => request.id)).not.toContain(draft.id);
    expect((await secretariat.get<RequestList>('/api/requests?status=draft')).body.items).toEqual(
      [],
    );

    const submitted = await client.post<ServiceRequest>(`/api/drafts/${draft.id}/submit`, {
      version: draft.version,
    });
    expect(submitted.status).toBe(201);
    expect(submitted.body).toMatchObject({
      ...complete(),
      id: draft.id,
      status: 'submitted',
      biobankCodes: ['DCB', 'PATO'],
    });
    expect(submitted.body.reference).toMatch(/^BGB-\d{4}-\d{5}$/);
    expect(submitted.body.firstResponseDueAt).not.toBeNull();

    const { reference } = submitted.body;
    await harness.smtp.waitFor(
      (mail) => mail.to.includes(email) && mail.subject.includes(reference),
    );
    await harness.smtp.waitFor(
      (mail) => mail.to.includes('secretariat@bgb.example') && mail.subject.includes(reference),
    );
    const inQueue = await secretariat.get<RequestList>(`/api/requests?q=${reference}`);
    expect(inQueue.body.items.map((request) => request.id)).toEqual([draft.id]);
    const history = await client.get<{ items: { type: string }[] }>(
      `/api/requests/${draft.id}/history`,
    );
    expect(history.body.items.map((event) => event.type)).toEqual(['submitted']);

    // Submitted, it is a draft no more: only the clarification round trip edits it.
    expect(await drafts(client)).toEqual([]);
    expect((await client.get(`/api/drafts/${draft.id}`)).status).toBe(404);
    expect(
      (await client.put(`/api/drafts/${draft.id}`, { title: 'Sneaky', version: 2 })).status,
    ).toBe(404);
    expect((await client.post(`/api/drafts/${draft.id}/submit`, {})).status).toBe(404);
    expect((await client.send('DELETE', `/api/drafts/${draft.id}`)).status).toBe(404);
  });

  it('refuses to submit an incomplete draft with 422 naming every missing field, and changes nothing', async () => {
    const { client } = await newResearcher(harness);
    const { body: draft } = await client.post<Draft>('/api/drafts', {
      title: 'Almost',
      coApplicants: [{ name: 'Eva', institution: '', email: 'not an e-mail' }],
    });
    const reply = await client.post<ErrorBody>(`/api/drafts/${draft.id}/submit`, {
      version: draft.version,
    });
    expect(reply.status).toBe(422);
    expect(reply.body.code).toBe('DRAFT_INCOMPLETE');
    expect(reply.body.details?.map((detail) => detail.field)).toEqual([
      'projectDescription',
      'principalInvestigator',
      'institution',
      'serviceId',
      'biobankCodes',
      'coApplicants.0.institution',
      'coApplicants.0.email',
    ]);
    expect((await client.get<Draft>(`/api/drafts/${draft.id}`)).body).toEqual(draft);
    expect(await requests(client)).toEqual([]);
  });

  it('refuses to submit a draft whose service questions are unanswered, naming them, and changes nothing', async () => {
    const { client } = await newResearcher(harness);
    const { body: draft } = await client.post<Draft>('/api/drafts', {
      ...complete(),
      answers: { ...biomarkerAnswers, markerType: '' },
    });
    expect(draft.questionSetVersion).toBeNull();
    const reply = await client.post<ErrorBody>(`/api/drafts/${draft.id}/submit`, {
      version: draft.version,
    });
    expect(reply.status).toBe(400);
    expect(reply.body.details?.map((detail) => detail.field)).toEqual(['answers.markerType']);
    expect((await client.get<Draft>(`/api/drafts/${draft.id}`)).body).toEqual(draft);
    expect(await requests(client)).toEqual([]);

    const answered = await client.put<Draft>(`/api/drafts/${draft.id}`, {
      ...complete(),
      questionSetVersion: 1,
      version: draft.version,
    });
    const submitted = await client.post<ServiceRequest>(`/api/drafts/${draft.id}/submit`, {
      version: answered.body.version,
    });
    expect(submitted.status).toBe(201);
    expect(submitted.body).toMatchObject({ questionSetVersion: 1, answers: biomarkerAnswers });
  });

  it('refuses to submit a draft changed in another tab since, and changes nothing', async () => {
    const { client } = await newResearcher(harness);
    const { body: draft } = await client.post<Draft>('/api/drafts', complete());
    await client.put(`/api/drafts/${draft.id}`, {
      ...complete(),
      title: 'Changed elsewhere',
      version: draft.version,
    });
    const reply = await client.post<ErrorBody>(`/api/drafts/${draft.id}/submit`, {
      version: draft.version,
    });
    expect(reply.status).toBe(409);
    expect(reply.body.code).toBe('VERSION_CONFLICT');
    expect(await requests(client)).toEqual([]);
  });

  it('refuses to submit a draft naming a biobank that is not in the catalogue, as a new request would be', async () => {
    const { client } = await newResearcher(harness);
    const { body: draft } = await client.post<Draft>('/api/drafts', {
      ...complete(),
      biobankCodes: ['DCB', 'NOPE'],
    });
    const reply = await client.post<ErrorBody>(`/api/drafts/${draft.id}/submit`, {});
    expect(reply.status).toBe(422);
    expect(reply.body.code).toBe('UNKNOWN_REFERENCE');
    expect((await client.get<Draft>(`/api/drafts/${draft.id}`)).body.version).toBe(draft.version);
  });

  it('starts a new draft as a copy of an earlier request: its content, not its status or reference', async () => {
    const { client } = await newResearcher(harness);
    const earlier = await client.post<ServiceRequest>('/api/requests', complete());
    expect(earlier.status).toBe(201);
    const copy = await client.post<Draft>('/api/drafts', { copyOf: earlier.body.id });
    expect(copy.status).toBe(201);
    expect(copy.body).toMatchObject({
      ...complete(),
      biobankCodes: ['DCB', 'PATO'],
      version: 1,
      missing: [],
    });
    expect(copy.body.id).not.toBe(earlier.body.id);
    expect((await client.get<ServiceRequest>(`/api/requests/${earlier.body.id}`)).body.status).toBe(
      'submitted',
    );

    const copyOfCopy = await client.post<Draft>('/api/drafts', { copyOf: copy.body.id });
    expect(copyOfCopy.body.title).toBe(complete().title);

    const stranger = await newResearcher(harness);
    const refused = await stranger.client.post<ErrorBody>('/api/drafts', {
      copyOf: earlier.body.id,
    });
    expect(refused.status).toBe(404);
    expect(await drafts(stranger.client)).toEqual([]);

    const mixed = await client.post<ErrorBody>('/api/drafts', {
      copyOf: earlier.body.id,
      title: 'Both',
    });
    expect(mixed.status).toBe(400);
    expect(mixed.body.details?.map((detail) => detail.field)).toEqual(['copyOf']);
  });

  it('shows a draft to nobody but its researcher', async () => {
    const { client } = await newResearcher(harness);
    const { body: draft } = await client.post<Draft>('/api/drafts', { title: 'Private thoughts' });
    const other = (await newResearcher(harness)).client;
    for (const call of [
      () => other.get(`/api/drafts/${draft.id}`),
      () => other.put(`/api/drafts/${draft.id}`, { title: 'Mine now' }),
      () => other.send('DELETE', `/api/drafts/${draft.id}`),
      () => other.post(`/api/drafts/${draft.id}/submit`, {}),
    ]) {
      expect((await call()).status).toBe(404);
    }
    expect(await drafts(other)).toEqual([]);
    for (const staff of [secretariat, coordinator, admin]) {
      expect((await staff.get(`/api/drafts/${draft.id}`)).status).toBe(403);
      expect((await staff.get(`/api/requests/${draft.id}`)).status).toBe(404);
    }
    expect((await harness.client().get(`/api/drafts/${draft.id}`)).status).toBe(401);
    expect((await client.get<Draft>(`/api/drafts/${draft.id}`)).body).toEqual(draft);
  });

  describe('bad input gets a clear error and changes nothing', () => {
    it.each([
      [
        'a CVR number with a wrong check digit',
        { industryPartnerCvr: '24256791' },
        'industryPartnerCvr',
      ],
      [
        'a CVR number that is not eight digits',
        { industryPartnerCvr: '2425679' },
        'industryPartnerCvr',
      ],
      ['a consent basis that does not exist', { consentBasis: 'implied' }, 'consentBasis'],
      ['an approval date that is no date', { ethicsApprovalDate: '1 March' }, 'ethicsApprovalDate'],
      ['a title over 200 characters', { title: 'x'.repeat(201) }, 'title'],
      ['a biobank twice', { biobankCodes: ['DCB', 'dcb'] }, 'biobankCodes'],
    ])('400 for %s, on a new draft and on saving one', async (_label, change, field) => {
      const { client } = await newResearcher(harness);
      const created = await client.post<ErrorBody>('/api/drafts', change);
      expect(created.status).toBe(400);
      expect(created.body.code).toBe('VALIDATION_FAILED');
      expect(created.body.details?.map((detail) => detail.field)).toEqual([field]);
      expect(await drafts(client)).toEqual([]);

      const { body: draft } = await client.post<Draft>('/api/drafts', { title: 'Fine so far' });
      const saved = await client.put<ErrorBody>(`/api/drafts/${draft.id}`, {
        ...change,
        version: draft.version,
      });
      expect(saved.status).toBe(400);
      expect(saved.body.details?.map((detail) => detail.field)).toEqual([field]);
      expect((await client.get<Draft>(`/api/drafts/${draft.id}`)).body).toEqual(draft);
    });

    it('400 naming the field for a bad CVR number on a new request, which is not stored', async () => {
      const { client } = await newResearcher(harness);
      const reply = await client.post<ErrorBody>('/api/requests', {
        ...complete(),
        industryPartnerCvr: '12345678',
      });
      expect(reply.status).toBe(400);
      expect(reply.body.details?.map((detail) => detail.field)).toEqual(['industryPartnerCvr']);
      expect(await requests(client)).toEqual([]);
    });

    it('404 for a draft id that is no id', async () => {
      const { client } = await newResearcher(harness);
      expect((await client.get('/api/drafts/not-an-id')).status).toBe(404);
    });
  });

  it('still takes a new request with only the fields it always needed', async () => {
    const { client } = await newResearcher(harness);
    const {
      coApplicants: _c,
      funding: _f,
      industryPartnerName: _n,
      industryPartnerCvr: _v,
      ethicsApprovalDate: _d,
      ethicsCommittee: _e,
      dataProtectionReference: _p,
      consentBasis: _b,
      ...minimal
    } = complete();
    const reply = await client.post<ServiceRequest>('/api/requests', minimal);
    expect(reply.status).toBe(201);
    expect(reply.body).toMatchObject({
      coApplicants: [],
      funding: null,
      industryPartnerCvr: null,
      consentBasis: null,
    });
  });

  it('keeps the people and approvals in the clarification round trip, naming each change in the history', async () => {
    const { client } = await newResearcher(harness);
    const { body: request } = await client.post<ServiceRequest>('/api/requests', complete());
    await secretariat.post(`/api/requests/${request.id}/transitions`, { action: 'start_triage' });
    const asked = await secretariat.post<ServiceRequest>(
      `/api/requests/${request.id}/transitions`,
      {
        action: 'ask_researcher',
        comment: 'Which committee?',
      },
    );
    const edited = await client.send<ServiceRequest>('PATCH', `/api/requests/${request.id}`, {
      ethicsCommittee: 'Region Midtjylland',
      coApplicants: [],
      version: asked.body.version,
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ ethicsCommittee: 'Region Midtjylland', coApplicants: [] });
    const history = await client.get<{
      items: { type: string; details: Record<string, string> | null }[];
    }>(`/api/requests/${request.id}/history`);
    expect(history.body.items.find((event) => event.type === 'edited')?.details).toEqual({
      'coApplicants.from': 'Ole Hansen (SDU, ole@sdu.dk)',
      'coApplicants.to': '',
      'ethicsCommittee.from': 'De Videnskabsetiske Komitéer for Region Hovedstaden',
      'ethicsCommittee.to': 'Region Midtjylland',
    });
  });
});
