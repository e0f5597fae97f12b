import type {
  Attachment,
  AttachmentList,
  Draft,
  ErrorBody,
  History,
  Message,
  MessageList,
  ServiceRequest,
} from '@bgb/contracts';
import type { HttpClient } from '@bgb/test-support';
import { readdir } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import {
  CSV,
  DOCX,
  ELF,
  formWith,
  JPEG,
  PDF,
  PE,
  PNG,
  XLSX,
  ZIP,
} from './support/attachment-files';
import { type Harness, startHarness } from './support/harness';
import { type Cast, logInCast, RequestFactory, SCENARIOS } from './support/request-factory';

const ROUTED = SCENARIOS.find((scenario) => scenario.name === 'routed to DCB, pending there')!;

/** Every file under the attachments folder, finished or not. */
async function storedFiles(harness: Harness): Promise<string[]> {
  const entries = await readdir(harness.attachmentsDir, {
    recursive: true,
    withFileTypes: true,
  }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

const upload = (client: HttpClient, requestId: string, content: Buffer, fileName: string) =>
  client.post<Attachment & ErrorBody>(
    `/api/requests/${requestId}/attachments`,
    formWith(content, fileName),
  );

const listOf = async (client: HttpClient, requestId: string) =>
  (await client.get<AttachmentList>(`/api/requests/${requestId}/attachments`)).body.items;

describe('attachments', () => {
  let harness: Harness;
  let cast: Cast;
  let factory: RequestFactory;
  let routed: ServiceRequest;
  let draft: Draft;
  beforeAll(async () => {
    harness = await startHarness();
    cast = await logInCast(harness);
    factory = new RequestFactory(cast);
    routed = await factory.drive(ROUTED);
    draft = (await cast.owner.client.post<Draft>('/api/drafts', await factory.requestBody())).body;
  });
  afterAll(() => harness?.stop());

  describe('types, decided from the content', () => {
    it.each([
      ['a PDF', PDF, 'protokol.pdf', 'application/pdf'],
      ['a PNG', PNG, 'figur.png', 'image/png'],
      ['a JPEG', JPEG, 'foto.jpg', 'image/jpeg'],
      [
        'a DOCX',
        DOCX,
        'ansøgning.docx',
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      ],
      [
        'an XLSX',
        XLSX,
        'prøver.xlsx',
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      ],
      ['a CSV', CSV, 'prøver.csv', 'text/csv'],
    ])('takes %s on the researcher’s draft', async (_label, content, fileName, mediaType) => {
      const reply = await upload(cast.owner.client, draft.id, content, fileName);
      expect(reply.status).toBe(201);
      expect(reply.body).toMatchObject({
        fileName,
        mediaType,
        size: content.length,
        requestId: draft.id,
        messageId: null,
        pending: false,
      });
      expect(reply.body.uploadedBy.id).toBe(cast.owner.user.id);
    });

    it('tells a DOCX named .xlsx for what it is', async () => {
      const reply = await upload(cast.owner.client, draft.id, DOCX, 'forklædt.xlsx');
      expect(reply.body.mediaType).toBe(
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      );
    });

    it.each([
      ['a Linux executable renamed .pdf', ELF, 'protocol.pdf'],
      ['a Windows executable renamed .pdf', PE, 'approval.pdf'],
      ['a zip that is no office document', ZIP, 'data.xlsx'],
      ['text that is not named .csv', CSV, 'notes.txt'],
      ['binary bytes named .csv', Buffer.from([0x61, 0x00, 0x62, 0xff]), 'data.csv'],
    ])('refuses %s with 415 and keeps nothing', async (_label, content, fileName) => {
      const before = await listOf(cast.owner.client, draft.id);
      const reply = await upload(cast.owner.client, draft.id, content, fileName);
      expect(reply.status).toBe(415);
      expect(reply.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
      expect(reply.body.message).toMatch(/PDF, DOCX, XLSX, CSV, PNG or JPEG/);
      expect(await listOf(cast.owner.client, draft.id)).toEqual(before);
      expect(await storedFiles(harness)).toHaveLength(before.length);
    });

    it('refuses a form without a file field, and an empty file', async () => {
      const form = new FormData();
      form.append('other', 'x');
      const noFile = await cast.owner.client.post<ErrorBody>(
        `/api/requests/${draft.id}/attachments`,
        form,
      );
      expect(noFile.status).toBe(400);
      expect(noFile.body.details?.[0].field).toBe('file');
      const json = await cast.owner.client.post<ErrorBody>(
        `/api/requests/${draft.id}/attachments`,
        { file: 'x' },
      );
      expect(json.status).toBe(400);
      const empty = await upload(cast.owner.client, draft.id, Buffer.alloc(0), 'empty.pdf');
      expect(empty.status).toBe(400);
      expect(empty.body.message).toBe('The file is empty');
    });
  });

  describe('who may upload where', () => {
    it("keeps a draft's documents to its researcher", async () => {
      expect((await upload(cast.otherResearcher.client, draft.id, PDF, 'x.pdf')).status).toBe(404);
      expect((await upload(cast.secretariat.client, draft.id, PDF, 'x.pdf')).status).toBe(404);
      expect((await upload(harness.client(), draft.id, PDF, 'x.pdf')).status).toBe(401);
    });

    it('makes an upload on a submitted request pending, seen only by its uploader until sent', async () => {
      const request = await factory.submit();
      const reply = await upload(cast.secretariat.client, request.id, PDF, 'vurdering.pdf');
      expect(reply.status).toBe(201);
      expect(reply.body).toMatchObject({ pending: true, messageId: null });
      expect((await listOf(cast.secretariat.client, request.id)).map((file) => file.id)).toEqual([
        reply.body.id,
      ]);
      expect(await listOf(cast.owner.client, request.id)).toEqual([]);
      expect((await cast.owner.client.fetch(`/api/attachments/${reply.body.id}`)).status).toBe(404);
    });
  });

  describe('with a message', () => {
    it('sends the files with a message; the researcher gets a public one and never an internal note’s', async () => {
      const request = await factory.drive(ROUTED);
      const mine = await upload(cast.owner.client, request.id, PDF, 'etik godkendelse.pdf');
      const sent = await cast.owner.client.post<Message>(`/api/requests/${request.id}/messages`, {
        body: 'Her er godkendelsen',
        attachmentIds: [mine.body.id],
      });
      expect(sent.status).toBe(201);
      expect(sent.body.attachments).toEqual([
        {
          id: mine.body.id,
          fileName: 'etik godkendelse.pdf',
          mediaType: 'application/pdf',
          size: PDF.length,
        },
      ]);

      const note = await upload(cast.secretariat.client, request.id, CSV, 'intern.csv');
      expect(
        (
          await cast.secretariat.client.post(`/api/requests/${request.id}/messages`, {
            body: 'Kun for os',
            internal: true,
            attachmentIds: [note.body.id],
          })
        ).status,
      ).toBe(201);

      const researcherSees = (await listOf(cast.owner.client, request.id)).map(
        (file) => file.fileName,
      );
      expect(researcherSees).toEqual(['etik godkendelse.pdf']);
      expect((await cast.owner.client.fetch(`/api/attachments/${note.body.id}`)).status).toBe(404);
      const history = (await cast.owner.client.get<History>(`/api/requests/${request.id}/history`))
        .body;
      expect(JSON.stringify(history)).not.toContain('intern.csv');
      const messages = (
        await cast.owner.client.get<MessageList>(`/api/requests/${request.id}/messages`)
      ).body;
      expect(JSON.stringify(messages)).not.toContain('intern.csv');

      for (const staff of [cast.secretariat, cast.coordinatorDcb]) {
        expect((await listOf(staff.client, request.id)).map((file) => file.fileName)).toEqual([
          'etik godkendelse.pdf',
          'intern.csv',
        ]);
        expect((await staff.client.fetch(`/api/attachments/${note.body.id}`)).status).toBe(200);
      }
      const staffMessages = (
        await cast.coordinatorDcb.client.get<MessageList>(`/api/requests/${request.id}/messages`)
      ).body.items;
      expect(
        staffMessages.map((message) => message.attachments.map((file) => file.fileName)),
      ).toEqual([['etik godkendelse.pdf'], ['intern.csv']]);
    });

    it.each([
      ['another person’s pending file', 'secretariat'],
      ['a file already sent', 'sent'],
      ['a file of another request', 'other'],
      ['an id that does not exist', 'unknown'],
    ] as const)('refuses a message with %s (422) and posts nothing', async (_label, which) => {
      const request = await factory.drive(ROUTED);
      let id: string;
      if (which === 'secretariat')
        id = (await upload(cast.secretariat.client, request.id, PDF, 'a.pdf')).body.id;
      else if (which === 'other')
        id = (await upload(cast.owner.client, (await factory.submit()).id, PDF, 'a.pdf')).body.id;
      else if (which === 'unknown') id = '00000000-0000-4000-8000-000000000000';
      else {
        id = (await upload(cast.owner.client, request.id, PDF, 'a.pdf')).body.id;
        await cast.owner.client.post(`/api/requests/${request.id}/messages`, {
          body: 'first',
          attachmentIds: [id],
        });
      }
      const before = (
        await cast.secretariat.client.get<MessageList>(`/api/requests/${request.id}/messages`)
      ).body.items.length;
      const reply = await cast.owner.client.post<ErrorBody>(
        `/api/requests/${request.id}/messages`,
        { body: 'med fil', attachmentIds: [id] },
      );
      expect(reply.status).toBe(422);
      expect(reply.body.details?.[0].field).toBe('attachmentIds');
      expect(
        (await cast.secretariat.client.get<MessageList>(`/api/requests/${request.id}/messages`))
          .body.items,
      ).toHaveLength(before);
    });
  });

  describe('download', () => {
    it('gives the file back whole, under its original name, as an attachment that is never sniffed', async () => {
      const fileName = 'Protokol "endelig" æøå;v2.pdf';
      const uploaded = (await upload(cast.owner.client, draft.id, PDF, fileName)).body;
      const response = await cast.owner.client.fetch(`/api/attachments/${uploaded.id}`);
      expect(response.status).toBe(200);
      expect(Buffer.from(await response.arrayBuffer())).toEqual(PDF);
      expect(response.headers.get('content-type')).toBe('application/pdf');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      const disposition = response.headers.get('content-disposition')!;
      expect(disposition).toMatch(
        /^attachment; filename="Protokol \\"endelig\\" __a;v2\.pdf"; filename\*=UTF-8''/,
      );
      expect(decodeURIComponent(disposition.split("UTF-8''")[1])).toBe(fileName);
      expect(uploaded.sha256).toMatch(/^[0-9a-f]{64}$/);
    });

    it('names a stored file by its content: a PDF uploaded as .html downloads as .pdf, without marks that reverse the name', async () => {
      const disguised = (await upload(cast.owner.client, draft.id, PDF, 'x.html')).body;
      expect(disguised.fileName).toBe('x.pdf');
      const response = await cast.owner.client.fetch(`/api/attachments/${disguised.id}`);
      expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="x\.pdf"/);
      const reversed = (await upload(cast.owner.client, draft.id, PDF, 'kontrakt\u202Etxt.pdf'))
        .body;
      expect(reversed.fileName).toBe('kontrakttxt.pdf');
    });

    it('lets exactly those who see the request download its files; everyone else gets 404', async () => {
      const request = await factory.drive(ROUTED);
      const file = (await upload(cast.owner.client, request.id, PNG, 'figur.png')).body;
      await cast.owner.client.post(`/api/requests/${request.id}/messages`, {
        body: 'figur',
        attachmentIds: [file.id],
      });
      const expected: [keyof Cast | 'anonymous', number][] = [
        ['owner', 200],
        ['otherResearcher', 404],
        ['secretariat', 200],
        ['coordinatorDcb', 200],
        ['coordinatorDrb', 404],
        ['admin', 404],
        ['anonymous', 401],
      ];
      for (const [who, status] of expected) {
        const client = who === 'anonymous' ? harness.client() : cast[who].client;
        expect([who, (await client.fetch(`/api/attachments/${file.id}`)).status]).toEqual([
          who,
          status,
        ]);
      }
      expect((await cast.secretariat.client.fetch('/api/attachments/not-a-uuid')).status).toBe(404);
    });
  });

  describe('delete', () => {
    it("lets the researcher take back a draft's document, file and all", async () => {
      const file = (await upload(cast.owner.client, draft.id, PNG, 'weg.png')).body;
      const filesBefore = (await storedFiles(harness)).length;
      expect((await cast.owner.client.delete(`/api/attachments/${file.id}`)).status).toBe(204);
      expect((await listOf(cast.owner.client, draft.id)).some((item) => item.id === file.id)).toBe(
        false,
      );
      expect(await storedFiles(harness)).toHaveLength(filesBefore - 1);
      expect((await cast.owner.client.fetch(`/api/attachments/${file.id}`)).status).toBe(404);
    });

    it("deletes a draft's files with the draft, rows and files alike", async () => {
      const { body: doomed } = await cast.owner.client.post<Draft>('/api/drafts', {
        title: 'Given up',
      });
      const filesBefore = (await storedFiles(harness)).length;
      const files = [
        (await upload(cast.owner.client, doomed.id, PDF, 'protokol.pdf')).body,
        (await upload(cast.owner.client, doomed.id, CSV, 'prøver.csv')).body,
      ];
      expect(await storedFiles(harness)).toHaveLength(filesBefore + 2);

      expect((await cast.owner.client.delete(`/api/drafts/${doomed.id}`)).status).toBe(204);
      expect(await storedFiles(harness)).toHaveLength(filesBefore);
      for (const file of files)
        expect((await cast.owner.client.fetch(`/api/attachments/${file.id}`)).status).toBe(404);
      expect(await listOf(cast.owner.client, draft.id)).not.toEqual([]);
    });

    it('lets the uploader take back a pending file, but never a sent one (409), and nobody else (403/404)', async () => {
      const request = await factory.drive(ROUTED);
      const pending = (await upload(cast.secretariat.client, request.id, PDF, 'kladde.pdf')).body;
      expect(
        (await cast.coordinatorDcb.client.delete(`/api/attachments/${pending.id}`)).status,
      ).toBe(404);
      expect((await cast.secretariat.client.delete(`/api/attachments/${pending.id}`)).status).toBe(
        204,
      );

      const sent = (await upload(cast.secretariat.client, request.id, PDF, 'sendt.pdf')).body;
      await cast.secretariat.client.post(`/api/requests/${request.id}/messages`, {
        body: 'vedlagt',
        attachmentIds: [sent.id],
      });
      const locked = await cast.secretariat.client.delete<ErrorBody>(`/api/attachments/${sent.id}`);
      expect(locked.status).toBe(409);
      expect(locked.body.code).toBe('TRANSITION_NOT_ALLOWED');
      expect((await cast.coordinatorDcb.client.delete(`/api/attachments/${sent.id}`)).status).toBe(
        403,
      );
      expect((await cast.owner.client.delete(`/api/attachments/${sent.id}`)).status).toBe(403);
      expect((await cast.coordinatorDrb.client.delete(`/api/attachments/${sent.id}`)).status).toBe(
        404,
      );
      expect((await cast.secretariat.client.fetch(`/api/attachments/${sent.id}`)).status).toBe(200);
    });
  });

  it('leaves no file and no row behind when the client gives up halfway', async () => {
    const request = await factory.submit();
    const filesBefore = await storedFiles(harness);
    const boundary = 'cut-off-boundary';
    const { port } = new URL(harness.api.baseUrl);
    const headers = await cast.owner.client.authHeaders();
    const total = 4 * 1024 * 1024;
    const received = new Promise<void>((resolve) => {
      const req = httpRequest({
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: `/api/requests/${request.id}/attachments`,
        headers: {
          ...headers,
          'content-type': `multipart/form-data; boundary=${boundary}`,
          'content-length': String(total + 500),
        },
      });
      req.on('error', () => resolve());
      req.on('close', () => resolve());
      req.write(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="halv.csv"\r\nContent-Type: text/csv\r\n\r\n`,
      );
      req.write(Buffer.alloc(total / 2, 'a'));
      // Long enough for the API to have begun writing the file; then the connection drops.
      setTimeout(() => req.destroy(), 500);
    });
    await received;
    let files = await storedFiles(harness);
    for (let tries = 0; tries < 50 && files.length !== filesBefore.length; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      files = await storedFiles(harness);
    }
    expect(files).toEqual(filesBefore);
    expect(await listOf(cast.owner.client, request.id)).toEqual([]);
  });

  it('shows each party only what they may see in the list, and 404 to those who cannot see the request', async () => {
    expect(
      (await cast.otherResearcher.client.get(`/api/requests/${routed.id}/attachments`)).status,
    ).toBe(404);
    expect(
      (await cast.coordinatorDrb.client.get(`/api/requests/${routed.id}/attachments`)).status,
    ).toBe(404);
    expect((await cast.admin.client.get(`/api/requests/${routed.id}/attachments`)).status).toBe(
      404,
    );
    expect(
      (await cast.coordinatorDcb.client.get(`/api/requests/${routed.id}/attachments`)).status,
    ).toBe(200);
  });
});

describe('attachments over the size limit', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness({ ATTACHMENT_MAX_BYTES: '2048' });
  });
  afterAll(() => harness?.stop());

  it('refuses a file over ATTACHMENT_MAX_BYTES with 413, and keeps no part of it', async () => {
    const cast = await logInCast(harness);
    const request = await new RequestFactory(cast).submit();
    const exactly = await upload(
      cast.owner.client,
      request.id,
      Buffer.alloc(2048, 'a'),
      'precis.csv',
    );
    expect(exactly.status).toBe(201);
    const filesBefore = await storedFiles(harness);
    const reply = await upload(
      cast.owner.client,
      request.id,
      Buffer.concat([PDF, Buffer.alloc(4096, 0)]),
      'stor.pdf',
    );
    expect(reply.status).toBe(413);
    expect(reply.body.code).toBe('ATTACHMENT_TOO_LARGE');
    expect(reply.body.message).toContain('2048 bytes');
    expect(await storedFiles(harness)).toEqual(filesBefore);
    expect((await listOf(cast.owner.client, request.id)).map((file) => file.fileName)).toEqual([
      'precis.csv',
    ]);
  });
});

describe('a large upload', () => {
  const SIZE = 200 * 1024 * 1024;
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness({ ATTACHMENT_MAX_BYTES: String(250 * 1024 * 1024) });
  });
  afterAll(() => harness?.stop());

  /** Resident memory of the API process, in bytes. */
  async function rss(pid: number): Promise<number> {
    const { readFile } = await import('node:fs/promises');
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+) kB/.exec(status)![1]) * 1024;
  }

  it('streams 200 MB to storage without raising the API’s memory by more than 50 MB', async () => {
    const cast = await logInCast(harness);
    const request = await new RequestFactory(cast).submit();
    const boundary = 'large-upload-boundary';
    const head = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="stort.csv"\r\nContent-Type: text/csv\r\n\r\n`,
    );
    const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
    const line = Buffer.from('plasma;400;2026-01-01;ok\n'.padEnd(64, ' '));
    const chunk = Buffer.concat(Array.from({ length: 1024 }, () => line));
    // Made on the fly, one 64 KB chunk at a time: the test holds no more of the file than the API may.
    async function* body() {
      yield head;
      for (let sent = 0; sent < SIZE; sent += chunk.length) yield chunk;
      yield tail;
    }
    const { pid } = harness.api;
    const baseline = await rss(pid);
    let peak = baseline;
    const sampler = setInterval(
      () =>
        void rss(pid).then(
          (value) => (peak = Math.max(peak, value)),
          () => undefined,
        ),
      25,
    );
    const headers = await cast.owner.client.authHeaders();
    const { port } = new URL(harness.api.baseUrl);
    const reply = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = httpRequest(
        {
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: `/api/requests/${request.id}/attachments`,
          headers: {
            ...headers,
            'content-type': `multipart/form-data; boundary=${boundary}`,
            'content-length': String(head.length + SIZE + tail.length),
          },
        },
        (res) => {
          let text = '';
          res.on('data', (data) => (text += data));
          res.on('end', () => resolve({ status: res.statusCode!, body: text }));
        },
      );
      req.on('error', reject);
      Readable.from(body()).pipe(req);
    });
    clearInterval(sampler);
    peak = Math.max(peak, await rss(pid));
    const growth = peak - baseline;
    console.log(
      `200 MB upload: API resident memory ${(baseline / 2 ** 20).toFixed(1)} MB before, peak ${(peak / 2 ** 20).toFixed(1)} MB, growth ${(growth / 2 ** 20).toFixed(1)} MB`,
    );
    expect(reply.status).toBe(201);
    expect(JSON.parse(reply.body)).toMatchObject({ size: SIZE, mediaType: 'text/csv' });
    expect(growth).toBeLessThan(50 * 1024 * 1024);
  }, 300_000);
});
