import type { AdminUser, Service, ServiceRequest } from '@bgb/contracts';
import type { HttpClient, ReceivedMail } from '@bgb/test-support';
import { DEMO, type Harness, newResearcher, startHarness } from './support/harness';

const SHARED_MAILBOX = 'secretariat@bgb.example';

/** One mail as the test compares it: to whom, in which language, with which subject. */
interface Seen {
  to: string;
  lang: string;
  subject: string;
}

describe('each event mails the people it concerns', () => {
  let harness: Harness;
  let secretariat: HttpClient;
  let dcb: HttpClient;
  let drb: HttpClient;
  let serviceId: string;
  /** An English-speaking member of the secretariat, the case handler of most requests here. */
  let caseHandler: Awaited<ReturnType<typeof newResearcher>> & { name: string };
  /** A second, English-speaking coordinator of DCB beside the demo one. */
  let dcbColleague: Awaited<ReturnType<typeof newResearcher>>;
  let soren: string;

  beforeAll(async () => {
    harness = await startHarness();
    const admin = harness.client();
    [secretariat, dcb, drb] = [harness.client(), harness.client(), harness.client()];
    await Promise.all([
      admin.login(DEMO.admin),
      secretariat.login(DEMO.secretariat),
      dcb.login(DEMO.coordinatorDcb),
      drb.login(DEMO.coordinatorDrb),
    ]);
    serviceId = (await harness.client().get<Service[]>('/api/services')).body[0].id;
    caseHandler = {
      ...(await newResearcher(harness, { name: 'Erin Walsh', locale: 'en' })),
      name: 'Erin Walsh',
    };
    dcbColleague = await newResearcher(harness, { name: 'Dora Lund', locale: 'en' });
    const grant = (id: string, body: object) =>
      admin.put<AdminUser>(`/api/admin/users/${id}/roles`, body);
    expect((await grant(caseHandler.id, { roles: ['secretariat'], biobankCodes: [] })).status).toBe(
      200,
    );
    expect(
      (await grant(dcbColleague.id, { roles: ['coordinator'], biobankCodes: ['DCB'] })).status,
    ).toBe(200);
    soren = (await secretariat.get<{ id: string }>('/api/auth/me')).body.id;
  });
  afterAll(() => harness?.stop());

  async function submitted() {
    const researcher = await newResearcher(harness, { locale: 'en' });
    const { body: request } = await researcher.client.post<ServiceRequest>('/api/requests', {
      title: `Proteomics ${Date.now()}`,
      serviceId,
      biobankCodes: ['DCB', 'DRB'],
      projectDescription: 'Plasma proteomics in 400 patients.',
      principalInvestigator: 'PI',
      institution: 'DTU',
    });
    return { researcher, request };
  }

  const current = async (id: string) =>
    (await secretariat.get<ServiceRequest>(`/api/requests/${id}`)).body;
  const transition = async (client: HttpClient, id: string, action: string, comment?: string) => {
    const reply = await client.post(`/api/requests/${id}/transitions`, {
      action,
      comment,
      version: (await current(id)).version,
    });
    expect(reply.status).toBe(200);
  };
  const assign = async (client: HttpClient, id: string, assigneeId: string | null) => {
    const reply = await client.send('PATCH', `/api/requests/${id}/triage`, {
      assigneeId,
      version: (await current(id)).version,
    });
    expect(reply.status).toBe(200);
  };
  const route = async (id: string, biobankCodes: string[]) => {
    const reply = await secretariat.post(`/api/requests/${id}/routings`, {
      biobankCodes,
      version: (await current(id)).version,
    });
    expect(reply.status).toBe(200);
  };
  const routingStep = async (
    client: HttpClient,
    id: string,
    code: string,
    action: string,
    comment?: string,
  ) => {
    const reply = await client.post(`/api/requests/${id}/routings/${code}/transitions`, {
      action,
      comment,
    });
    expect(reply.status).toBe(200);
  };
  const post = async (client: HttpClient, id: string, body: string, internal = false) => {
    const reply = await client.post(`/api/requests/${id}/messages`, { body, internal });
    expect(reply.status).toBe(201);
  };

  /** Until no mail has arrived for a while: the outbox has sent all it had. */
  async function quiet(): Promise<void> {
    for (;;) {
      const count = harness.smtp.mails.length;
      await new Promise((resolve) => setTimeout(resolve, 400));
      if (harness.smtp.mails.length === count) return;
    }
  }

  /**
   * Does `act` and returns every mail about the request it caused: waits for the `expected`
   * number, then until no more arrive, so that an unexpected extra one shows too.
   */
  async function mailsOf(
    request: ServiceRequest,
    expected: number,
    act: () => Promise<unknown>,
  ): Promise<ReceivedMail[]> {
    await quiet();
    const earlier = new Set(harness.smtp.mails);
    const about = (mail: ReceivedMail) =>
      !earlier.has(mail) && mail.subject.startsWith(`[${request.reference}] `);
    await act();
    if (expected > 0) await harness.smtp.waitFor(about, expected);
    await quiet();
    const mails = harness.smtp.mails.filter(about);
    // Every mail about a request opens it.
    for (const mail of mails)
      expect(mail.text).toContain(`${harness.api.baseUrl}/requests/${request.id}`);
    return mails;
  }

  const seen = (mails: ReceivedMail[]): Seen[] =>
    mails
      .map((mail) => ({
        to: mail.to.join(', '),
        lang: /<html [^>]*lang="(\w+)"/.exec(mail.html)?.[1] ?? '?',
        subject: mail.subject,
      }))
      .sort((a, b) => a.to.localeCompare(b.to) || a.subject.localeCompare(b.subject));
  const expected = (...mails: Seen[]) =>
    [...mails].sort((a, b) => a.to.localeCompare(b.to) || a.subject.localeCompare(b.subject));
  const ref = (request: ServiceRequest, subject: string) => `[${request.reference}] ${subject}`;

  /** A request in triage with Erin as its case handler. */
  async function assignedToErin() {
    const { researcher, request } = await submitted();
    await transition(secretariat, request.id, 'start_triage');
    await assign(secretariat, request.id, caseHandler.id);
    return { researcher, request };
  }

  /** Routed to DCB and DRB, declined by DRB, taken on by DCB. */
  async function routedAndDeclinedByDrb(assigned: boolean) {
    const { researcher, request } = assigned ? await assignedToErin() : await submitted();
    if (!assigned) await transition(secretariat, request.id, 'start_triage');
    await route(request.id, ['DCB', 'DRB']);
    await routingStep(dcb, request.id, 'DCB', 'accept');
    await routingStep(drb, request.id, 'DRB', 'decline', 'No material.');
    return { researcher, request };
  }

  it('tells the shared mailbox of a new request, and the researcher gets a receipt', async () => {
    const researcher = await newResearcher(harness, { locale: 'en' });
    await quiet();
    const earlier = new Set(harness.smtp.mails);
    const { body: request } = await researcher.client.post<ServiceRequest>('/api/requests', {
      title: 'Inflammation markers',
      serviceId,
      biobankCodes: ['DCB'],
      projectDescription: 'Plasma markers of inflammation.',
      principalInvestigator: 'PI',
      institution: 'KU',
    });
    await harness.smtp.waitFor((mail) => !earlier.has(mail), 2);
    await quiet();
    const arrived = harness.smtp.mails.filter((mail) => !earlier.has(mail));
    expect(seen(arrived)).toEqual(
      expected(
        {
          to: researcher.email,
          lang: 'en',
          subject: ref(request, 'We have received your request'),
        },
        {
          to: SHARED_MAILBOX,
          lang: 'da',
          subject: ref(request, 'Ny henvendelse: Inflammation markers'),
        },
      ),
    );
    expect(
      arrived.every((mail) => mail.text.includes(`${harness.api.baseUrl}/requests/${request.id}`)),
    ).toBe(true);
  });

  it('tells a case handler that a request was assigned to them, in their language, but not one who assigned themselves', async () => {
    const { request } = await submitted();
    const toErin = await mailsOf(request, 1, () => assign(secretariat, request.id, caseHandler.id));
    expect(seen(toErin)).toEqual([
      {
        to: caseHandler.email,
        lang: 'en',
        subject: ref(request, `Assigned to you: ${request.title}`),
      },
    ]);
    expect(toErin[0].text).toContain('Dear Erin Walsh,');
    expect(toErin[0].text).toContain('Søren Holm has made you the case handler');

    const toSoren = await mailsOf(request, 1, () => assign(caseHandler.client, request.id, soren));
    expect(seen(toSoren)).toEqual([
      {
        to: DEMO.secretariat,
        lang: 'da',
        subject: ref(request, `Du er sagsbehandler på: ${request.title}`),
      },
    ]);
    expect(toSoren[0].text).toContain('Kære Søren Holm');

    expect(
      seen(await mailsOf(request, 0, () => assign(caseHandler.client, request.id, caseHandler.id))),
    ).toEqual([]);
    expect(
      seen(await mailsOf(request, 0, () => assign(caseHandler.client, request.id, null))),
    ).toEqual([]);
  });

  it("sends the researcher's answer to the case handler, and to the shared mailbox while nobody is assigned", async () => {
    const { researcher, request } = await assignedToErin();
    await transition(secretariat, request.id, 'ask_researcher', 'Which sample types?');
    const answer = await mailsOf(request, 1, () =>
      transition(researcher.client, request.id, 'answer', 'Plasma.'),
    );
    expect(seen(answer)).toEqual([
      {
        to: caseHandler.email,
        lang: 'en',
        subject: ref(request, `The researcher has answered: ${request.title}`),
      },
    ]);
    expect(answer[0].text).toContain('Plasma.');

    const { researcher: other, request: unassigned } = await submitted();
    await transition(secretariat, unassigned.id, 'start_triage');
    await transition(secretariat, unassigned.id, 'ask_researcher', 'Hvilke prøver?');
    const toShared = await mailsOf(unassigned, 1, () =>
      transition(other.client, unassigned.id, 'answer', 'Serum.'),
    );
    expect(seen(toShared)).toEqual([
      {
        to: SHARED_MAILBOX,
        lang: 'da',
        subject: ref(unassigned, `Forskeren har svaret: ${unassigned.title}`),
      },
    ]);
    expect(toShared[0].text).toContain('Kære sekretariat');
  });

  it('tells the case handler when the researcher withdraws', async () => {
    const { researcher, request } = await assignedToErin();
    const mails = await mailsOf(request, 1, () =>
      transition(researcher.client, request.id, 'withdraw'),
    );
    expect(seen(mails)).toEqual([
      {
        to: caseHandler.email,
        lang: 'en',
        subject: ref(request, `The researcher has withdrawn the request: ${request.title}`),
      },
    ]);
  });

  it("tells the researcher and the biobanks' coordinators of the routing, and the case handler of a decline and a delivery", async () => {
    const { researcher, request } = await assignedToErin();
    const routed = await mailsOf(request, 4, () => route(request.id, ['DCB', 'DRB']));
    expect(seen(routed)).toEqual(
      expected(
        {
          to: researcher.email,
          lang: 'en',
          subject: ref(request, 'Your request has been sent to the biobanks'),
        },
        {
          to: DEMO.coordinatorDcb,
          lang: 'da',
          subject: ref(request, `Ny henvendelse til Danske Cancer Biobank: ${request.title}`),
        },
        {
          to: dcbColleague.email,
          lang: 'en',
          subject: ref(request, `New request for Danish Cancer Biobank: ${request.title}`),
        },
        {
          to: DEMO.coordinatorDrb,
          lang: 'da',
          subject: ref(request, `Ny henvendelse til Dansk Reuma Biobank: ${request.title}`),
        },
      ),
    );

    const declined = await mailsOf(request, 1, () =>
      routingStep(drb, request.id, 'DRB', 'decline', 'No material.'),
    );
    expect(seen(declined)).toEqual([
      {
        to: caseHandler.email,
        lang: 'en',
        subject: ref(request, `Danish Reuma Biobank has declined: ${request.title}`),
      },
    ]);
    expect(declined[0].text).toContain('No material.');

    await routingStep(dcb, request.id, 'DCB', 'accept');
    const started = await mailsOf(request, 1, () => routingStep(dcb, request.id, 'DCB', 'start'));
    expect(seen(started)).toEqual([
      {
        to: researcher.email,
        lang: 'en',
        subject: ref(request, 'Work on your request has started'),
      },
    ]);
    const delivered = await mailsOf(request, 1, () =>
      routingStep(dcb, request.id, 'DCB', 'deliver'),
    );
    expect(seen(delivered)).toEqual([
      {
        to: caseHandler.email,
        lang: 'en',
        subject: ref(request, `Danish Cancer Biobank has delivered: ${request.title}`),
      },
    ]);
  });

  describe('a new post', () => {
    it('by the researcher goes to the case handler and the coordinators of the biobanks that have not declined', async () => {
      const { researcher, request } = await routedAndDeclinedByDrb(true);
      const mails = await mailsOf(request, 3, () =>
        post(researcher.client, request.id, 'Can you include serum?'),
      );
      const subject = {
        da: ref(request, `Ny besked fra forskeren: ${request.title}`),
        en: ref(request, `New message from the researcher: ${request.title}`),
      };
      expect(seen(mails)).toEqual(
        expected(
          { to: caseHandler.email, lang: 'en', subject: subject.en },
          { to: DEMO.coordinatorDcb, lang: 'da', subject: subject.da },
          { to: dcbColleague.email, lang: 'en', subject: subject.en },
        ),
      );
      expect(mails.every((mail) => mail.text.includes('Can you include serum?'))).toBe(true);
    });

    it('by the secretariat goes to the researcher, if public, and to the case handler and the coordinators', async () => {
      const { researcher, request } = await routedAndDeclinedByDrb(true);
      const publicPost = await mailsOf(request, 3, () =>
        post(caseHandler.client, request.id, 'We have asked DCB.'),
      );
      expect(seen(publicPost)).toEqual(
        expected(
          {
            to: researcher.email,
            lang: 'en',
            subject: ref(request, 'New message about your request'),
          },
          {
            to: DEMO.coordinatorDcb,
            lang: 'da',
            subject: ref(request, `Ny besked om henvendelsen: ${request.title}`),
          },
          {
            to: dcbColleague.email,
            lang: 'en',
            subject: ref(request, `New message about the request: ${request.title}`),
          },
        ),
      );

      const note = await mailsOf(request, 3, () =>
        post(secretariat, request.id, 'Internal: check the consent.', true),
      );
      expect(seen(note)).toEqual(
        expected(
          {
            to: caseHandler.email,
            lang: 'en',
            subject: ref(request, `New internal note: ${request.title}`),
          },
          {
            to: DEMO.coordinatorDcb,
            lang: 'da',
            subject: ref(request, `Ny intern note: ${request.title}`),
          },
          {
            to: dcbColleague.email,
            lang: 'en',
            subject: ref(request, `New internal note: ${request.title}`),
          },
        ),
      );
      expect(note.every((mail) => mail.text.includes('Internal: check the consent.'))).toBe(true);
    });

    it('by a coordinator goes to the case handler, the researcher if public, and the other coordinators', async () => {
      const { researcher, request } = await routedAndDeclinedByDrb(true);
      const publicPost = await mailsOf(request, 3, () =>
        post(dcb, request.id, 'The samples are ready.'),
      );
      expect(seen(publicPost)).toEqual(
        expected(
          {
            to: researcher.email,
            lang: 'en',
            subject: ref(request, 'New message about your request'),
          },
          {
            to: caseHandler.email,
            lang: 'en',
            subject: ref(request, `New message about the request: ${request.title}`),
          },
          {
            to: dcbColleague.email,
            lang: 'en',
            subject: ref(request, `New message about the request: ${request.title}`),
          },
        ),
      );

      const note = await mailsOf(request, 2, () =>
        post(dcbColleague.client, request.id, 'Internal: two boxes short.', true),
      );
      expect(seen(note)).toEqual(
        expected(
          {
            to: caseHandler.email,
            lang: 'en',
            subject: ref(request, `New internal note: ${request.title}`),
          },
          {
            to: DEMO.coordinatorDcb,
            lang: 'da',
            subject: ref(request, `Ny intern note: ${request.title}`),
          },
        ),
      );
    });

    it("by a coordinator goes to the shared mailbox while nobody is assigned; the secretariat's own posts do not", async () => {
      const { researcher, request } = await routedAndDeclinedByDrb(false);
      const publicPost = await mailsOf(request, 3, () => post(dcb, request.id, 'Ready next week.'));
      expect(seen(publicPost)).toEqual(
        expected(
          {
            to: researcher.email,
            lang: 'en',
            subject: ref(request, 'New message about your request'),
          },
          {
            to: SHARED_MAILBOX,
            lang: 'da',
            subject: ref(request, `Ny besked om henvendelsen: ${request.title}`),
          },
          {
            to: dcbColleague.email,
            lang: 'en',
            subject: ref(request, `New message about the request: ${request.title}`),
          },
        ),
      );
      const note = await mailsOf(request, 2, () =>
        post(secretariat, request.id, 'Internal: fine by us.', true),
      );
      expect(seen(note).map((mail) => mail.to)).toEqual(
        [DEMO.coordinatorDcb, dcbColleague.email].sort(),
      );
    });

    it('never carries an internal note to the researcher', async () => {
      const { researcher, request } = await routedAndDeclinedByDrb(true);
      const notes = ['Internal: secretariat only', 'Internal: from the biobank'];
      await mailsOf(request, 3, () => post(secretariat, request.id, notes[0], true));
      await mailsOf(request, 2, () => post(dcb, request.id, notes[1], true));
      // A public post after the notes: the researcher's mails are all in by the time it arrives.
      await mailsOf(request, 3, () => post(caseHandler.client, request.id, 'Public: all is well.'));
      const toResearcher = harness.smtp.mails.filter((mail) => mail.to.includes(researcher.email));
      expect(toResearcher.map((mail) => mail.subject)).toContain(
        ref(request, 'New message about your request'),
      );
      for (const note of notes) {
        expect(
          toResearcher.some((mail) => mail.text.includes(note) || mail.html.includes(note)),
        ).toBe(false);
        expect(harness.smtp.mails.some((mail) => mail.text.includes(note))).toBe(true);
      }
    });
  });
});
