import type {
  ErrorBody,
  History,
  Message,
  MessageList,
  Service,
  ServiceRequest,
} from '@bgb/contracts';
import type { HttpClient } from '@bgb/test-support';
import { DEMO, type Harness, newResearcher, startHarness } from './support/harness';

describe('the conversation and history of a request', () => {
  let harness: Harness;
  let secretariat: HttpClient;
  let serviceId: string;
  beforeAll(async () => {
    harness = await startHarness();
    secretariat = harness.client();
    await secretariat.login(DEMO.secretariat);
    serviceId = (await harness.client().get<Service[]>('/api/services')).body[0].id;
  });
  afterAll(() => harness?.stop());

  async function submittedRequest(locale: 'da' | 'en' = 'en') {
    const researcher = await newResearcher(harness, { locale });
    const { body: request } = await researcher.client.post<ServiceRequest>('/api/requests', {
      title: `Samtale ${Date.now()}`,
      serviceId,
      biobankCodes: ['DCB'],
      projectDescription: 'Beskrivelse',
      principalInvestigator: 'PI',
      institution: 'KU',
    });
    return { researcher, request };
  }

  const messagesOf = async (client: HttpClient, id: string) =>
    (await client.get<MessageList>(`/api/requests/${id}/messages`)).body.items.map((m) => m.body);

  it("carries a researcher's message to the secretariat, by mail too", async () => {
    const { researcher, request } = await submittedRequest();
    const posted = await researcher.client.post<Message>(`/api/requests/${request.id}/messages`, {
      body: 'Kan I nå det før jul? <b>Tak</b> 🎄\nVenlig hilsen',
    });
    expect(posted.status).toBe(201);
    expect(posted.body).toMatchObject({
      requestId: request.id,
      internal: false,
      body: 'Kan I nå det før jul? <b>Tak</b> 🎄\nVenlig hilsen',
    });
    expect(await messagesOf(secretariat, request.id)).toEqual([posted.body.body]);
    const [mail] = await harness.smtp.waitFor(
      (m) =>
        m.to.includes('secretariat@bgb.example') &&
        m.subject === `[${request.reference}] Ny besked fra forskeren: ${request.title}`,
    );
    expect(mail.text).toContain('Kan I nå det før jul? <b>Tak</b> 🎄');
    expect(mail.html).toContain('&lt;b&gt;Tak&lt;/b&gt;');
    expect(mail.html).not.toContain('<b>Tak</b>');
  });

  it('keeps internal notes from the researcher: not listed, not in the history, not mailed', async () => {
    const { researcher, request } = await submittedRequest('da');
    const note = `Intern vurdering ${Date.now()}: kræver DCB-koordinator`;
    expect(
      (
        await secretariat.post(`/api/requests/${request.id}/messages`, {
          body: note,
          internal: true,
        })
      ).status,
    ).toBe(201);
    const reply = await secretariat.post<Message>(`/api/requests/${request.id}/messages`, {
      body: 'Tak, vi kigger på den.',
    });
    expect(reply.status).toBe(201);

    expect(await messagesOf(secretariat, request.id)).toEqual([note, 'Tak, vi kigger på den.']);
    expect(await messagesOf(researcher.client, request.id)).toEqual(['Tak, vi kigger på den.']);
    const history = (await researcher.client.get<History>(`/api/requests/${request.id}/history`))
      .body;
    expect(JSON.stringify(history)).not.toContain(note);

    const [mail] = await harness.smtp.waitFor(
      (m) => m.to.includes(researcher.email) && m.subject.includes('Ny besked'),
    );
    expect(mail.subject).toBe(`[${request.reference}] Ny besked om din henvendelse`);
    expect(mail.text).toContain('Tak, vi kigger på den.');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(harness.smtp.mails.some((m) => m.text.includes(note) || m.html.includes(note))).toBe(
      false,
    );
  });

  it('refuses an internal note from a researcher, and stores nothing', async () => {
    const { researcher, request } = await submittedRequest();
    const reply = await researcher.client.post<ErrorBody>(`/api/requests/${request.id}/messages`, {
      body: 'psst',
      internal: true,
    });
    expect(reply.status).toBe(403);
    expect(reply.body.code).toBe('FORBIDDEN');
    expect(await messagesOf(secretariat, request.id)).toEqual([]);
  });

  it.each([
    ['an empty message', { body: '   ' }],
    ['a message over 10,000 characters', { body: 'x'.repeat(10_001) }],
    ['a message that is not text', { body: 42 }],
    ['internal that is not a boolean', { body: 'hej', internal: 'yes' }],
  ])('answers %s with 400 on the field, and stores nothing', async (_label, body) => {
    const { researcher, request } = await submittedRequest();
    const reply = await researcher.client.post<ErrorBody>(
      `/api/requests/${request.id}/messages`,
      body,
    );
    expect(reply.status).toBe(400);
    expect(reply.body.code).toBe('VALIDATION_FAILED');
    expect(reply.body.details?.map((d) => d.field)).toEqual([Object.keys(body).at(-1)]);
    expect(await messagesOf(researcher.client, request.id)).toEqual([]);
  });

  it('accepts exactly 10,000 characters', async () => {
    const { researcher, request } = await submittedRequest();
    const reply = await researcher.client.post<Message>(`/api/requests/${request.id}/messages`, {
      body: 'æ'.repeat(10_000),
    });
    expect(reply.status).toBe(201);
    expect(reply.body.body).toHaveLength(10_000);
  });

  it("hides another researcher's conversation as if the request did not exist", async () => {
    const { request } = await submittedRequest();
    const stranger = await newResearcher(harness);
    expect((await stranger.client.get(`/api/requests/${request.id}/messages`)).status).toBe(404);
    expect((await stranger.client.get(`/api/requests/${request.id}/history`)).status).toBe(404);
    expect(
      (await stranger.client.post(`/api/requests/${request.id}/messages`, { body: 'hej' })).status,
    ).toBe(404);
    expect(await messagesOf(secretariat, request.id)).toEqual([]);
  });

  it('asks for a session and a CSRF token', async () => {
    const { researcher, request } = await submittedRequest();
    expect((await harness.client().get(`/api/requests/${request.id}/history`)).status).toBe(401);
    expect(
      (
        await researcher.client.post(
          `/api/requests/${request.id}/messages`,
          { body: 'hej' },
          { csrf: false },
        )
      ).status,
    ).toBe(403);
  });

  it('tells the whole story in order: who changed what, and the messages between', async () => {
    const { researcher, request } = await submittedRequest();
    await secretariat.post(`/api/requests/${request.id}/transitions`, {
      action: 'start_triage',
      version: 1,
    });
    await secretariat.post(`/api/requests/${request.id}/transitions`, {
      action: 'ask_researcher',
      comment: 'Hvilke prøvetyper?',
      version: 2,
    });
    await researcher.client.post(`/api/requests/${request.id}/transitions`, {
      action: 'answer',
      comment: 'Plasma.',
      version: 3,
    });
    await researcher.client.post(`/api/requests/${request.id}/messages`, {
      body: 'Og serum, hvis muligt.',
    });

    const { items } = (await researcher.client.get<History>(`/api/requests/${request.id}/history`))
      .body;
    expect(
      items.map((entry) =>
        entry.kind === 'event' ? `${entry.type}:${entry.toStatus}` : `message:${entry.body}`,
      ),
    ).toEqual([
      'submitted:submitted',
      'start_triage:in_triage',
      'ask_researcher:awaiting_researcher',
      'answer:in_triage',
      'message:Og serum, hvis muligt.',
    ]);
    const asked = items[2];
    expect(asked).toMatchObject({
      kind: 'event',
      comment: 'Hvilke prøvetyper?',
      actor: { name: 'Søren Holm' },
      fromStatus: 'in_triage',
    });
    expect(items[0]).toMatchObject({ actor: { name: 'Test Researcher' } });
  });

  it('mails each step to the party it concerns, in their language', async () => {
    const { researcher, request } = await submittedRequest('en');
    const step = async (client: HttpClient, action: string, version: number, comment?: string) => {
      const reply = await client.post<ServiceRequest>(`/api/requests/${request.id}/transitions`, {
        action,
        version,
        comment,
      });
      expect(reply.status).toBe(200);
    };
    const toResearcher = (subject: string) =>
      harness.smtp.waitFor(
        (m) => m.to.includes(researcher.email) && m.subject === `[${request.reference}] ${subject}`,
      );
    const toSecretariat = (subject: string) =>
      harness.smtp.waitFor(
        (m) =>
          m.to.includes('secretariat@bgb.example') &&
          m.subject === `[${request.reference}] ${subject}`,
      );

    await step(secretariat, 'start_triage', 1);
    await toResearcher('Your request is being triaged');
    await step(secretariat, 'ask_researcher', 2, 'Which sample types do you need?');
    const [question] = await toResearcher('A question about your request');
    expect(question.text).toContain('Which sample types do you need?');
    expect(question.text).toContain('It is your turn: please answer in the portal');
    await step(researcher.client, 'answer', 3, 'Plasma and serum.');
    const [answer] = await toSecretariat(`Forskeren har svaret: ${request.title}`);
    expect(answer.text).toContain('Plasma and serum.');
    await step(secretariat, 'reject', 4, 'Outside the scope of the biobanks.');
    const [rejection] = await toResearcher('Your request has been rejected');
    expect(rejection.text).toContain('Outside the scope of the biobanks.');
    expect(rejection.html).toContain(`href="${harness.api.baseUrl}/requests/${request.id}"`);
  });

  it('tells the secretariat when a researcher withdraws', async () => {
    const { researcher, request } = await submittedRequest();
    await researcher.client.post(`/api/requests/${request.id}/transitions`, {
      action: 'withdraw',
      version: 1,
    });
    const [mail] = await harness.smtp.waitFor(
      (m) =>
        m.to.includes('secretariat@bgb.example') &&
        m.subject.startsWith(`[${request.reference}] Forskeren har trukket`),
    );
    expect(mail.text).toContain('Ingen skal gøre mere');
  });

  it('lets the researcher edit the request while a question waits, with the changes in the history', async () => {
    const { researcher, request } = await submittedRequest();
    const edit = (client: HttpClient, body: Record<string, unknown>) =>
      client.send<ServiceRequest & ErrorBody>('PATCH', `/api/requests/${request.id}`, body);

    expect((await edit(researcher.client, { title: 'For tidligt', version: 1 })).status).toBe(409);
    await secretariat.post(`/api/requests/${request.id}/transitions`, {
      action: 'start_triage',
      version: 1,
    });
    await secretariat.post(`/api/requests/${request.id}/transitions`, {
      action: 'ask_researcher',
      comment: 'Hvilke biobanker?',
      version: 2,
    });

    const refused: [HttpClient, Record<string, unknown>, number, string | undefined][] = [
      [researcher.client, { version: 3 }, 400, 'version'],
      [researcher.client, { title: 'x'.repeat(201), version: 3 }, 400, 'title'],
      [researcher.client, { biobankCodes: ['DCB', 'NOPE'], version: 3 }, 422, 'biobankCodes.1'],
      [researcher.client, { title: 'Forældet', version: 2 }, 409, undefined],
      [secretariat, { title: 'Sekretariatets titel', version: 3 }, 403, undefined],
    ];
    for (const [client, body, status, field] of refused) {
      const reply = await edit(client, body);
      expect(reply.status).toBe(status);
      if (field) expect(reply.body.details?.map((d) => d.field)).toContain(field);
    }
    const stranger = await newResearcher(harness);
    expect((await edit(stranger.client, { title: 'Fremmed', version: 3 })).status).toBe(404);
    expect(
      (await researcher.client.get<ServiceRequest>(`/api/requests/${request.id}`)).body,
    ).toMatchObject({
      title: request.title,
      version: 3,
      biobankCodes: ['DCB'],
    });

    const edited = await edit(researcher.client, {
      title: 'Ny og bedre titel æøå',
      biobankCodes: ['DRB', 'DCB'],
      version: 3,
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({
      title: 'Ny og bedre titel æøå',
      biobankCodes: ['DCB', 'DRB'],
      version: 4,
      status: 'awaiting_researcher',
    });
    const { items } = (await secretariat.get<History>(`/api/requests/${request.id}/history`)).body;
    const change = items.find((entry) => entry.kind === 'event' && entry.type === 'edited');
    expect(change).toMatchObject({
      details: {
        'title.from': request.title,
        'title.to': 'Ny og bedre titel æøå',
        'biobankCodes.from': 'DCB',
        'biobankCodes.to': 'DCB, DRB',
      },
    });
    const found = (
      await secretariat.get<{ items: ServiceRequest[] }>(
        `/api/requests?q=${encodeURIComponent('bedre titel')}`,
      )
    ).body.items;
    expect(found.map((r) => r.id)).toContain(request.id);
  });
});
