import type {
  AdminUser,
  Attachment,
  AttachmentList,
  ErrorBody,
  History,
  InAppNotificationList,
  Message,
  MessageList,
  Service,
  ServiceRequest,
  UnreadCount,
} from '@bgb/contracts';
import type { HttpClient } from '@bgb/test-support';
import { CSV, formWith, PDF } from './support/attachment-files';
import { DEMO, type Harness, newResearcher, startHarness } from './support/harness';

/**
 * The two access rules found by review, channel by channel: an internal note never reaches the
 * request's own researcher, whatever staff role they also hold; a coordinator whose biobank
 * declined sees nothing posted after the decline, and keeps what was there before.
 */
describe('access rules of the record of a request', () => {
  let harness: Harness;
  let admin: HttpClient;
  let secretariat: HttpClient;
  let serviceId: string;
  beforeAll(async () => {
    harness = await startHarness();
    admin = harness.client();
    await admin.login(DEMO.admin);
    secretariat = harness.client();
    await secretariat.login(DEMO.secretariat);
    serviceId = (await secretariat.get<Service[]>('/api/services')).body[0].id;
  });
  afterAll(() => harness?.stop());

  let counter = 0;
  /** A word nobody else wrote, to find a post by in every channel. */
  const unique = (label: string) => `${label}-${Date.now().toString(36)}-${++counter}`;

  /** A fresh user holding these roles, logged in; their session sees the new roles at once. */
  async function userWith(roles: string[], biobankCodes: string[] = []) {
    const user = await newResearcher(harness, { locale: 'en' });
    const reply = await admin.put<AdminUser>(`/api/admin/users/${user.id}/roles`, {
      roles,
      biobankCodes,
    });
    expect(reply.status).toBe(200);
    return user;
  }

  async function submit(client: HttpClient, title = unique('Request')): Promise<ServiceRequest> {
    const reply = await client.post<ServiceRequest>('/api/requests', {
      title,
      serviceId,
      biobankCodes: ['DCB'],
      projectDescription: 'Plasma proteomics',
      principalInvestigator: 'PI',
      institution: 'KU',
    });
    expect(reply.status).toBe(201);
    return reply.body;
  }

  async function routeTo(request: ServiceRequest, biobankCodes: string[]) {
    const triage = await secretariat.post<ServiceRequest>(
      `/api/requests/${request.id}/transitions`,
      { action: 'start_triage', version: request.version },
    );
    expect(triage.status).toBe(200);
    const routed = await secretariat.post<ServiceRequest>(`/api/requests/${request.id}/routings`, {
      biobankCodes,
      version: triage.body.version,
    });
    expect(routed.status).toBe(200);
    return routed.body;
  }

  /** Posts a message with one freshly uploaded file; returns the message and the file. */
  async function post(
    client: HttpClient,
    request: ServiceRequest,
    body: string,
    internal: boolean,
    fileName = `${body}.csv`,
  ) {
    const file = await client.post<Attachment>(
      `/api/requests/${request.id}/attachments`,
      formWith(CSV, fileName),
    );
    expect(file.status).toBe(201);
    const message = await client.post<Message>(`/api/requests/${request.id}/messages`, {
      body,
      internal,
      attachmentIds: [file.body.id],
    });
    expect(message.status).toBe(201);
    return { message: message.body, file: file.body };
  }

  /** Everything the client can read of the request, as text, through each channel. */
  async function channels(client: HttpClient, request: ServiceRequest) {
    const [messages, history, files, notifications, unread] = await Promise.all([
      client.get<MessageList>(`/api/requests/${request.id}/messages`),
      client.get<History>(`/api/requests/${request.id}/history`),
      client.get<AttachmentList>(`/api/requests/${request.id}/attachments`),
      client.get<InAppNotificationList>('/api/notifications?limit=100'),
      client.get<UnreadCount>('/api/notifications/unread-count'),
    ]);
    for (const reply of [messages, history, files, notifications, unread])
      expect(reply.status).toBe(200);
    return {
      messages: messages.body.items.map((message) => message.body),
      messageFiles: messages.body.items.flatMap((message) =>
        message.attachments.map((file) => file.fileName),
      ),
      history: JSON.stringify(history.body.items),
      historyTypes: history.body.items.map((entry) =>
        entry.kind === 'event' ? entry.type : `message:${entry.body}`,
      ),
      files: files.body.items.map((file) => file.fileName),
      notifications: notifications.body.items.filter((item) => item.requestId === request.id),
      unread: unread.body.count,
      allNotifications: notifications.body.items,
    };
  }

  /** The mails to this address that arrived by now, after the outbox had time to deliver. */
  async function mailsTo(email: string) {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    return harness.smtp.mails.filter((mail) => mail.to.includes(email));
  }
  const mentions = (mails: { text: string; html: string; subject: string }[], word: string) =>
    mails.some(
      (mail) => mail.text.includes(word) || mail.html.includes(word) || mail.subject.includes(word),
    );

  describe("an internal note never reaches the request's own researcher", () => {
    it.each([
      ['also works for the secretariat', ['researcher', 'secretariat'], []],
      ['also coordinates the routed biobank', ['researcher', 'coordinator'], ['DCB']],
    ])(
      'hides it from a researcher who %s, in every channel',
      async (_label, roles, biobankCodes) => {
        const researcher = await userWith(roles, biobankCodes);
        const request = await routeTo(await submit(researcher.client), ['DCB']);
        const note = unique('Internal');
        const reply = unique('Public');
        const internal = await post(secretariat, request, note, true);
        await post(secretariat, request, reply, false);

        const seen = await channels(researcher.client, request);
        expect(seen.messages).toEqual([reply]);
        expect(seen.messageFiles).toEqual([`${reply}.csv`]);
        expect(seen.files).toEqual([`${reply}.csv`]);
        expect(seen.history).toContain(reply);
        expect(seen.history).not.toContain(note);
        expect((await researcher.client.fetch(`/api/attachments/${internal.file.id}`)).status).toBe(
          404,
        );

        // The secretariat still sees both, with their files.
        const staff = await channels(secretariat, request);
        expect(staff.messages).toEqual([note, reply]);
        expect(staff.files).toEqual([`${note}.csv`, `${reply}.csv`]);
        expect((await secretariat.fetch(`/api/attachments/${internal.file.id}`)).status).toBe(200);

        const mails = await mailsTo(researcher.email);
        expect(mentions(mails, reply)).toBe(true);
        expect(mentions(mails, note)).toBe(false);
        expect(seen.notifications.some((item) => item.summary.includes('internal note'))).toBe(
          false,
        );
        // The unread count counts only what they may read.
        expect(seen.unread).toBe(seen.allNotifications.filter((item) => !item.readAt).length);
      },
    );

    it('keeps it from the researcher who is also the case handler of their own request', async () => {
      const researcher = await userWith(['researcher', 'secretariat']);
      const request = await submit(researcher.client);
      const assigned = await secretariat.send<ServiceRequest>(
        'PATCH',
        `/api/requests/${request.id}/triage`,
        { assigneeId: researcher.id, version: request.version },
      );
      expect(assigned.status).toBe(200);
      const note = unique('CaseNote');
      await post(secretariat, request, note, true);

      expect((await channels(researcher.client, request)).messages).toEqual([]);
      expect(mentions(await mailsTo(researcher.email), note)).toBe(false);
    });

    it('refuses an internal note of their own, and stores nothing', async () => {
      const researcher = await userWith(['researcher', 'secretariat']);
      const request = await submit(researcher.client);
      const reply = await researcher.client.post<ErrorBody>(
        `/api/requests/${request.id}/messages`,
        { body: 'psst', internal: true },
      );
      expect(reply.status).toBe(403);
      expect(reply.body.code).toBe('FORBIDDEN');
      expect((await channels(secretariat, request)).messages).toEqual([]);
    });

    it("hides the routing note, the secretariat's word to the biobank, from them", async () => {
      const researcher = await userWith(['researcher', 'secretariat']);
      const submitted = await submit(researcher.client);
      const triage = await secretariat.post<ServiceRequest>(
        `/api/requests/${submitted.id}/transitions`,
        { action: 'start_triage', version: submitted.version },
      );
      const routed = await secretariat.post<ServiceRequest>(
        `/api/requests/${submitted.id}/routings`,
        { biobankCodes: ['DCB'], version: triage.body.version, note: 'Between us' },
      );
      expect(routed.body.routings[0].note).toBe('Between us');
      const own = await researcher.client.get<ServiceRequest>(`/api/requests/${submitted.id}`);
      expect(own.body.routings[0].note).toBeNull();
    });
  });

  describe('a coordinator whose biobank declined sees nothing posted after the decline', () => {
    it('keeps what came before, and hides what came after, in every channel', async () => {
      const dcb = await userWith(['coordinator'], ['DCB']);
      const drb = await userWith(['coordinator'], ['DRB']);
      const researcher = await newResearcher(harness, { locale: 'en' });
      const request = await routeTo(await submit(researcher.client), ['DCB', 'DRB']);

      const beforeNote = unique('BeforeNote');
      const beforePost = unique('BeforePost');
      const before = await post(secretariat, request, beforeNote, true);
      await post(secretariat, request, beforePost, false);
      await mailsTo(dcb.email);
      const declined = await dcb.client.post<ServiceRequest>(
        `/api/requests/${request.id}/routings/DCB/transitions`,
        { action: 'decline', comment: 'No such samples' },
      );
      expect(declined.status).toBe(200);
      const seenAtDecline = await channels(dcb.client, request);

      const afterNote = unique('AfterNote');
      const afterPost = unique('AfterPost');
      const fromDrb = unique('FromDrb');
      const after = await post(secretariat, request, afterNote, true);
      await post(secretariat, request, afterPost, false);
      await post(drb.client, request, fromDrb, true);
      const accepted = await drb.client.post<ServiceRequest>(
        `/api/requests/${request.id}/routings/DRB/transitions`,
        { action: 'accept' },
      );
      expect(accepted.status).toBe(200);

      const seen = await channels(dcb.client, request);
      expect(seen.messages).toEqual([beforeNote, beforePost]);
      expect(seen.files).toEqual([`${beforeNote}.csv`, `${beforePost}.csv`]);
      expect(seen.messageFiles).toEqual(seen.files);
      expect(seen.historyTypes).toEqual([
        'submitted',
        'start_triage',
        'routed',
        `message:${beforeNote}`,
        `message:${beforePost}`,
        'routing_decline',
      ]);
      for (const word of [afterNote, afterPost, fromDrb]) expect(seen.history).not.toContain(word);
      expect((await dcb.client.fetch(`/api/attachments/${before.file.id}`)).status).toBe(200);
      expect((await dcb.client.fetch(`/api/attachments/${after.file.id}`)).status).toBe(404);
      // Nothing after the decline reached them by mail or in the notification centre.
      expect(seen.notifications).toEqual(seenAtDecline.notifications);
      expect(seen.unread).toBe(seenAtDecline.unread);
      const mails = await mailsTo(dcb.email);
      expect(mentions(mails, beforeNote)).toBe(true);
      for (const word of [afterNote, afterPost, fromDrb]) {
        expect(mentions(mails, word)).toBe(false);
        // Nor the biobank's other coordinators.
        expect(mentions(await mailsTo(DEMO.coordinatorDcb), word)).toBe(false);
      }

      // The biobank that follows the request, the secretariat and the researcher see on.
      const stillRouted = await channels(drb.client, request);
      expect(stillRouted.messages).toEqual([beforeNote, beforePost, afterNote, afterPost, fromDrb]);
      expect(mentions(await mailsTo(drb.email), afterNote)).toBe(true);
      expect((await channels(researcher.client, request)).messages).toEqual([
        beforePost,
        afterPost,
      ]);
      expect(mentions(await mailsTo(researcher.email), afterPost)).toBe(true);
    });

    it('refuses a post from them after the decline, and stores nothing', async () => {
      const dcb = await userWith(['coordinator'], ['DCB']);
      const request = await routeTo(await submit((await newResearcher(harness)).client), [
        'DCB',
        'DRB',
      ]);
      await dcb.client.post(`/api/requests/${request.id}/routings/DCB/transitions`, {
        action: 'decline',
        comment: 'No',
      });
      const reply = await dcb.client.post<ErrorBody>(`/api/requests/${request.id}/messages`, {
        body: 'One more thing',
      });
      expect(reply.status).toBe(403);
      expect(reply.body.code).toBe('FORBIDDEN');
      expect((await channels(secretariat, request)).messages).toEqual([]);
      const upload = await dcb.client.post<ErrorBody>(
        `/api/requests/${request.id}/attachments`,
        formWith(PDF, 'late.pdf'),
      );
      expect(upload.status).toBe(403);
      expect((await channels(secretariat, request)).files).toEqual([]);
    });

    it('sees on while another of their biobanks follows the request', async () => {
      const both = await userWith(['coordinator'], ['DCB', 'DRB']);
      const request = await routeTo(await submit((await newResearcher(harness)).client), [
        'DCB',
        'DRB',
      ]);
      await both.client.post(`/api/requests/${request.id}/routings/DCB/transitions`, {
        action: 'decline',
        comment: 'Not DCB',
      });
      const later = unique('Later');
      await post(secretariat, request, later, true);
      expect((await channels(both.client, request)).messages).toEqual([later]);
      expect(mentions(await mailsTo(both.email), later)).toBe(true);
    });
  });
});
