import type {
  AdminBiobank,
  AdminBiobankList,
  ErrorBody,
  MailTemplateList,
  QueuedMail,
  RenderedMail,
  Service,
  ServiceRequest,
} from '@bgb/contracts';
import type { HttpClient, ReceivedMail } from '@bgb/test-support';
import { DEMO, type Harness, newResearcher, startHarness } from './support/harness';

describe('mail content, the administrators’ templates and the biobanks’ shared mailboxes', () => {
  let harness: Harness;
  let admin: HttpClient;
  let secretariat: HttpClient;
  let researcher: Awaited<ReturnType<typeof newResearcher>>;
  let serviceId: string;

  beforeAll(async () => {
    harness = await startHarness();
    [admin, secretariat] = [harness.client(), harness.client()];
    await Promise.all([admin.login(DEMO.admin), secretariat.login(DEMO.secretariat)]);
    researcher = await newResearcher(harness, { name: 'Ida Holm', locale: 'en' });
    serviceId = (await harness.client().get<Service[]>('/api/services')).body[0].id;
  });
  afterAll(() => harness?.stop());

  /** Until no mail has arrived for a while: the outbox has sent all it had. */
  async function quiet(): Promise<void> {
    for (;;) {
      const count = harness.smtp.mails.length;
      await new Promise((resolve) => setTimeout(resolve, 400));
      if (harness.smtp.mails.length === count) return;
    }
  }

  /** Every mail `act` causes: waits for `expected` of them, then until no more arrive. */
  async function mailsFrom(expected: number, act: () => Promise<unknown>): Promise<ReceivedMail[]> {
    await quiet();
    const earlier = new Set(harness.smtp.mails);
    await act();
    if (expected > 0) await harness.smtp.waitFor((mail) => !earlier.has(mail), expected);
    await quiet();
    return harness.smtp.mails.filter((mail) => !earlier.has(mail));
  }

  const to = (mails: ReceivedMail[], address: string) => {
    const found = mails.filter((mail) => mail.to.includes(address));
    expect(found).toHaveLength(1);
    return found[0];
  };

  const current = async (id: string) =>
    (await secretariat.get<ServiceRequest>(`/api/requests/${id}`)).body;

  async function inTriage(biobankCodes = ['DCB']) {
    const { body: request } = await researcher.client.post<ServiceRequest>('/api/requests', {
      title: `Serum <b>markers</b> ${Date.now()}`,
      serviceId,
      biobankCodes,
      projectDescription: 'Serum markers in 300 patients.',
      principalInvestigator: 'PI',
      institution: 'KU',
    });
    await quiet();
    const started = await secretariat.post<ServiceRequest>(
      `/api/requests/${request.id}/transitions`,
      { action: 'start_triage', version: request.version },
    );
    expect(started.status).toBe(200);
    await quiet();
    return started.body;
  }

  const route = (request: ServiceRequest, biobankCodes: string[]) =>
    secretariat.post<ServiceRequest | ErrorBody>(`/api/requests/${request.id}/routings`, {
      biobankCodes,
      version: request.version,
    });
  const setMailbox = (client: HttpClient, code: string, sharedMailbox: unknown) =>
    client.put<AdminBiobank | ErrorBody>(`/api/admin/biobanks/${code}`, { sharedMailbox });

  /** The mail opens the request from both parts, and the link leads to that very request. */
  async function expectWorkingLink(
    mail: ReceivedMail,
    request: ServiceRequest,
    reader: HttpClient,
  ) {
    const link = `${harness.api.baseUrl}/requests/${request.id}`;
    expect(mail.text).toContain(link);
    expect(mail.html).toContain(`href="${link}"`);
    const opened = await reader.get<ServiceRequest>(`/api${new URL(link).pathname}`);
    expect(opened.status).toBe(200);
    expect(opened.body.reference).toBe(request.reference);
  }

  describe('mails of real events', () => {
    it('arrive with a plain-text and an HTML part, the reference in the subject and a link that opens the request', async () => {
      let request!: ServiceRequest;
      const submitted = await mailsFrom(2, async () => {
        request = (
          await researcher.client.post<ServiceRequest>('/api/requests', {
            title: 'Serum <script>alert(1)</script>',
            serviceId,
            biobankCodes: ['DCB'],
            projectDescription: 'Serum markers.',
            principalInvestigator: 'PI',
            institution: 'KU',
          })
        ).body;
      });
      const receipt = to(submitted, researcher.email);
      expect(receipt.subject).toBe(`[${request.reference}] We have received your request`);
      expect(receipt.text).toContain('What happens next:\nThe secretariat reviews your request');
      expect(receipt.html).toContain('Serum &lt;script&gt;alert(1)&lt;/script&gt;');
      expect(receipt.html).not.toContain('<script>');
      await expectWorkingLink(receipt, request, researcher.client);
      const toSecretariat = to(submitted, 'secretariat@bgb.example');
      expect(toSecretariat.subject).toBe(`[${request.reference}] Ny henvendelse: ${request.title}`);
      expect(toSecretariat.text).toContain('Hvad sker der nu:\nDet er sekretariatets tur');
      await expectWorkingLink(toSecretariat, request, secretariat);

      const started = await mailsFrom(1, () =>
        secretariat.post(`/api/requests/${request.id}/transitions`, {
          action: 'start_triage',
          version: request.version,
        }),
      );
      const triage = to(started, researcher.email);
      expect(triage.subject).toBe(`[${request.reference}] Your request is being triaged`);
      await expectWorkingLink(triage, request, researcher.client);

      const routed = await mailsFrom(2, async () => route(await current(request.id), ['DCB']));
      const toCoordinator = to(routed, DEMO.coordinatorDcb);
      expect(toCoordinator.subject).toBe(
        `[${request.reference}] Ny henvendelse til Danske Cancer Biobank: ${request.title}`,
      );
      expect(toCoordinator.text).toContain(
        'Det er Danske Cancer Biobanks tur: Åbn henvendelsen i portalen, og accepter eller afvis den.',
      );
      const dcb = harness.client();
      await dcb.login(DEMO.coordinatorDcb);
      await expectWorkingLink(toCoordinator, request, dcb);
      for (const mail of [receipt, toSecretariat, triage, toCoordinator])
        expect(mail.html).not.toMatch(/<img|src="http/);
    });
  });

  describe('the mail templates administrators see', () => {
    it('lists every kind with what it is for, and previews each in Danish and English with sample data', async () => {
      const list = await admin.get<MailTemplateList>('/api/admin/mail-templates');
      expect(list.status).toBe(200);
      expect(list.body.items.find((item) => item.kind === 'request_rejected')).toEqual({
        kind: 'request_rejected',
        description: {
          da: 'Til forskeren, når sekretariatet afviser en henvendelse, med begrundelsen',
          en: 'To the researcher when the secretariat rejects a request, with the reason',
        },
      });
      expect(list.body.items.length).toBeGreaterThanOrEqual(20);

      const danish = await admin.get<RenderedMail>(
        '/api/admin/mail-templates/request_rejected/preview?locale=da',
      );
      expect(danish.status).toBe(200);
      expect(danish.body.subject).toBe('[BGB-2026-00042] Din henvendelse er afvist');
      expect(danish.body.text).toContain('Hvad sker der nu:');
      expect(danish.body.html).toMatch(/<html [^>]*lang="da"/);
      const english = await admin.get<RenderedMail>(
        '/api/admin/mail-templates/request_rejected/preview?locale=en',
      );
      expect(english.body.subject).toBe('[BGB-2026-00042] Your request has been rejected');
      expect(english.body.text).toContain(`${harness.api.baseUrl}/requests/`);
      expect(
        (await admin.get('/api/admin/mail-templates/request_rejected/preview')).body,
      ).toMatchObject({ subject: danish.body.subject });

      expect(
        (await admin.get<ErrorBody>('/api/admin/mail-templates/no_such_kind/preview?locale=da'))
          .status,
      ).toBe(404);
      expect(
        (await admin.get<ErrorBody>('/api/admin/mail-templates/request_rejected/preview?locale=de'))
          .status,
      ).toBe(400);
    });

    it('queues a test mail to any address through the outbox, plain or as a chosen template', async () => {
      const plain = await mailsFrom(1, async () => {
        const reply = await admin.post<QueuedMail>('/api/admin/mail-templates/test', {
          to: 'it-check@hospital.example',
          locale: 'en',
        });
        expect(reply.status).toBe(202);
        expect(reply.body).toEqual({
          recipient: 'it-check@hospital.example',
          subject: 'Test mail from the BGB Service Portal',
        });
      });
      const test = to(plain, 'it-check@hospital.example');
      expect(test.subject).toBe('Test mail from the BGB Service Portal');
      expect(test.text).toContain('Anne Admin has sent this test mail');
      expect(test.html).toContain(`href="${harness.api.baseUrl}/"`);

      const asTemplate = await mailsFrom(1, () =>
        admin.post('/api/admin/mail-templates/test', {
          to: 'it-check@hospital.example',
          kind: 'routed_to_biobank',
          locale: 'da',
        }),
      );
      expect(to(asTemplate, 'it-check@hospital.example').subject).toBe(
        '[BGB-2026-00042] Ny henvendelse til Danske Cancer Biobank: Plasmabiomarkører til tidlig opsporing af kræft i bugspytkirtlen',
      );

      const invalid = await admin.post<ErrorBody>('/api/admin/mail-templates/test', {
        to: 'not an address',
        kind: 'no_such_kind',
      });
      expect(invalid.status).toBe(400);
      expect(invalid.body.details?.map((detail) => detail.field).sort()).toEqual(['kind', 'to']);
    });

    it('are for administrators only', async () => {
      const anonymous = harness.client();
      expect((await anonymous.get('/api/admin/mail-templates')).status).toBe(401);
      expect((await anonymous.get('/api/admin/mail-templates/test_mail/preview')).status).toBe(401);
      for (const client of [researcher.client, secretariat]) {
        expect((await client.get('/api/admin/mail-templates')).status).toBe(403);
        expect(
          (await client.get('/api/admin/mail-templates/test_mail/preview?locale=en')).status,
        ).toBe(403);
        const sent = await mailsFrom(0, async () => {
          expect(
            (await client.post('/api/admin/mail-templates/test', { to: 'someone@example.org' }))
              .status,
          ).toBe(403);
        });
        expect(sent).toEqual([]);
      }
    });
  });

  describe("a biobank's shared mailbox", () => {
    it('is listed and edited by administrators only, and must be an e-mail address', async () => {
      const list = await admin.get<AdminBiobankList>('/api/admin/biobanks');
      expect(list.status).toBe(200);
      expect(
        list.body.items.map((biobank) => [
          biobank.code,
          biobank.sharedMailbox,
          biobank.coordinatorCount,
        ]),
      ).toEqual(
        expect.arrayContaining([
          ['DCB', null, 1],
          ['PATO', 'pato@biobank.example', 0],
        ]),
      );

      const edited = await setMailbox(admin, 'drb', ' Reuma@Biobank.example ');
      expect(edited.status).toBe(200);
      expect(edited.body).toMatchObject({
        code: 'DRB',
        sharedMailbox: 'reuma@biobank.example',
        coordinatorCount: 1,
      });

      const invalid = await setMailbox(admin, 'DRB', 'not an address');
      expect(invalid.status).toBe(400);
      expect((invalid.body as ErrorBody).details?.[0].field).toBe('sharedMailbox');
      expect((await setMailbox(admin, 'NOPE', 'x@biobank.example')).status).toBe(404);
      expect((await setMailbox(secretariat, 'DRB', 'x@biobank.example')).status).toBe(403);
      expect((await harness.client().get('/api/admin/biobanks')).status).toBe(401);
      const unchanged = (await admin.get<AdminBiobankList>('/api/admin/biobanks')).body.items.find(
        (biobank) => biobank.code === 'DRB',
      );
      expect(unchanged?.sharedMailbox).toBe('reuma@biobank.example');

      const cleared = await setMailbox(admin, 'DRB', '');
      expect(cleared.body).toMatchObject({ code: 'DRB', sharedMailbox: null });
    });

    it('hears of a routing to its biobank along with the coordinators, in Danish and addressed to the biobank, and of new posts', async () => {
      expect((await setMailbox(admin, 'DCB', 'dcb@biobank.example')).status).toBe(200);
      const request = await inTriage(['DCB']);
      const routed = await mailsFrom(3, () => route(request, ['DCB']));
      expect(routed.map((mail) => mail.to[0]).sort()).toEqual(
        [DEMO.coordinatorDcb, 'dcb@biobank.example', researcher.email].sort(),
      );
      const mailbox = to(routed, 'dcb@biobank.example');
      expect(mailbox.subject).toBe(
        `[${request.reference}] Ny henvendelse til Danske Cancer Biobank: ${request.title}`,
      );
      expect(mailbox.text).toMatch(/^Kære Danske Cancer Biobank\n/);
      expect(mailbox.html).toMatch(/<html [^>]*lang="da"/);

      const posted = await mailsFrom(3, () =>
        researcher.client.post(`/api/requests/${request.id}/messages`, {
          body: 'Any news?',
          internal: false,
        }),
      );
      expect(to(posted, 'dcb@biobank.example').subject).toBe(
        `[${request.reference}] Ny besked fra forskeren: ${request.title}`,
      );
      expect(posted.map((mail) => mail.to[0]).sort()).toEqual(
        [DEMO.coordinatorDcb, 'dcb@biobank.example', 'secretariat@bgb.example'].sort(),
      );
    });

    it("is not mailed twice when it is also a coordinator's own address", async () => {
      expect((await setMailbox(admin, 'DCB', DEMO.coordinatorDcb.toUpperCase())).status).toBe(200);
      const request = await inTriage(['DCB']);
      const routed = await mailsFrom(2, () => route(request, ['DCB']));
      expect(routed.map((mail) => mail.to[0]).sort()).toEqual(
        [DEMO.coordinatorDcb, researcher.email].sort(),
      );
      expect(to(routed, DEMO.coordinatorDcb).text).toMatch(/^Kære Camilla Dahl\n/);
      expect((await setMailbox(admin, 'DCB', null)).status).toBe(200);
    });

    it('lets nobody route to a biobank with neither a coordinator nor a mailbox, and changes nothing', async () => {
      expect((await setMailbox(admin, 'DGB', null)).status).toBe(200);
      const request = await inTriage(['DCB', 'DGB']);
      const refused = await mailsFrom(0, async () => {
        const reply = await route(request, ['DCB', 'DGB']);
        expect(reply.status).toBe(422);
        expect(reply.body).toMatchObject({
          code: 'BIOBANK_UNREACHABLE',
          details: [
            {
              field: 'biobankCodes.1',
              code: 'BIOBANK_UNREACHABLE',
              message:
                'Danish Genetic Biobank (DGB) has neither a coordinator nor a shared mailbox',
            },
          ],
        });
      });
      expect(refused).toEqual([]);
      const after = await current(request.id);
      expect(after).toMatchObject({ status: 'in_triage', version: request.version, routings: [] });
      const history = await secretariat.get<{ items: { type?: string }[] }>(
        `/api/requests/${request.id}/history`,
      );
      expect(history.body.items.some((entry) => entry.type === 'routed')).toBe(false);

      expect((await setMailbox(admin, 'DGB', 'dgb@biobank.example')).status).toBe(200);
      const routed = await mailsFrom(3, () => route(request, ['DCB', 'DGB']));
      expect(to(routed, 'dgb@biobank.example').text).toMatch(/^Kære Dansk Genetisk Biobank\n/);
    });
  });

  describe('a new coordinator', () => {
    it('is told by mail, in their language, which biobank they now coordinate, with a link to their queue', async () => {
      const colleague = await newResearcher(harness, { name: 'Dora Lund', locale: 'en' });
      const granted = await mailsFrom(1, () =>
        admin.put(`/api/admin/users/${colleague.id}/roles`, {
          roles: ['coordinator'],
          biobankCodes: ['DRB'],
        }),
      );
      const mail = to(granted, colleague.email);
      expect(mail.subject).toBe('You are now coordinator of Danish Reuma Biobank');
      expect(mail.text).toMatch(/^Dear Dora Lund,\n/);
      expect(mail.text).toContain('Anne Admin has made you coordinator of Danish Reuma Biobank');
      expect(mail.text).toContain(`Open your biobank queue: ${harness.api.baseUrl}/biobank-queue`);
      expect(mail.html).toContain(`href="${harness.api.baseUrl}/biobank-queue"`);

      // Only newly granted biobanks are news.
      const again = await mailsFrom(1, () =>
        admin.put(`/api/admin/users/${colleague.id}/roles`, {
          roles: ['coordinator'],
          biobankCodes: ['DRB', 'DCB'],
        }),
      );
      expect(again.map((received) => received.subject)).toEqual([
        'You are now coordinator of Danish Cancer Biobank',
      ]);
      expect(
        await mailsFrom(0, () =>
          admin.put(`/api/admin/users/${colleague.id}/roles`, {
            roles: ['coordinator'],
            biobankCodes: ['DCB'],
          }),
        ),
      ).toEqual([]);
    });
  });
});
