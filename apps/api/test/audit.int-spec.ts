import type {
  AdminBiobank,
  AuditEventItem,
  AuditEventList,
  ErrorBody,
  QuestionSet,
  RoutingRule,
  Service,
  User,
} from '@bgb/contracts';
import { type HttpClient, queryDatabase } from '@bgb/test-support';
import { DEMO, type Harness, newResearcher, startHarness } from './support/harness';

/** The password no line of the trail may ever contain. */
const SECRET = 'Secret123!';

describe('the audit log: who did what, when and from where', () => {
  let harness: Harness;
  let admin: HttpClient;
  let adminId: string;
  beforeAll(async () => {
    // Request lines are logged at info: the log test reads them.
    harness = await startHarness({ LOG_LEVEL: 'info' });
    admin = harness.client();
    adminId = ((await admin.login(DEMO.admin)).body as User).id;
  });
  afterAll(() => harness?.stop());

  const audit = (client: HttpClient, query = '') =>
    client.get<AuditEventList>(`/api/admin/audit${query}`);

  /** The newest events of this action, optionally only those about one target. */
  async function events(action: string, targetId?: string): Promise<AuditEventItem[]> {
    const reply = await audit(admin, `?action=${action}&limit=100`);
    expect(reply.status).toBe(200);
    return reply.body.items.filter((event) => !targetId || event.targetId === targetId);
  }

  const address = expect.stringMatching(/127\.0\.0\.1|::1/);
  let counter = 0;
  const unknownEmail = () => `nobody.${Date.now()}.${++counter}@example.org`;

  describe('records', () => {
    it('a registration and a login, with the user as actor and target and the client address', async () => {
      const researcher = await newResearcher(harness);
      const [registered] = await events('user.registered', researcher.id);
      expect(registered).toMatchObject({
        action: 'user.registered',
        actorId: researcher.id,
        actorEmail: researcher.email,
        targetType: 'user',
        targetId: researcher.id,
        ip: address,
      });
      expect(Date.parse(registered.at)).toBeGreaterThan(Date.now() - 60_000);

      await harness.client().login(researcher.email, researcher.password);
      const [login] = await events('auth.login', researcher.id);
      expect(login).toMatchObject({
        actorId: researcher.id,
        actorEmail: researcher.email,
        targetType: 'user',
        ip: address,
        details: {},
      });
    });

    it('a failed login with a wrong password: no actor, the address tried, never the password', async () => {
      const researcher = await newResearcher(harness);
      const reply = await harness
        .client()
        .post<ErrorBody>('/api/auth/login', { email: researcher.email, password: SECRET });
      expect(reply.status).toBe(401);
      const failed = (await events('auth.login_failed')).find(
        (event) => event.details.email === researcher.email,
      );
      expect(failed).toMatchObject({
        actorId: null,
        actorEmail: null,
        ip: address,
        details: { email: researcher.email },
      });
      expect(Object.keys(failed!.details)).toEqual(['email']);
      expect(JSON.stringify(failed)).not.toContain(SECRET);
    });

    it('a failed login for an address nobody has', async () => {
      const email = unknownEmail();
      expect(
        (
          await harness
            .client()
            .post('/api/auth/login', { email: email.toUpperCase(), password: SECRET })
        ).status,
      ).toBe(401);
      const failed = (await events('auth.login_failed')).filter(
        (event) => event.details.email === email,
      );
      expect(failed).toHaveLength(1);
      expect(failed[0]).toMatchObject({ actorId: null, targetId: null, details: { email } });
    });

    it('a login refused as malformed is no attempt on an account and is not recorded', async () => {
      const before = (await events('auth.login_failed')).length;
      const reply = await harness
        .client()
        .post<ErrorBody>('/api/auth/login', { email: 'not-an-address', password: SECRET });
      expect(reply.status).toBe(400);
      expect(await events('auth.login_failed')).toHaveLength(before);
    });

    it('a logout', async () => {
      const researcher = await newResearcher(harness);
      expect((await researcher.client.post('/api/auth/logout')).status).toBe(204);
      expect(await events('auth.logout', researcher.id)).toEqual([
        expect.objectContaining({
          actorId: researcher.id,
          actorEmail: researcher.email,
          targetType: 'user',
          ip: address,
        }),
      ]);
    });

    it('a change of roles, with the roles and biobanks before and after', async () => {
      const researcher = await newResearcher(harness);
      const reply = await admin.put(`/api/admin/users/${researcher.id}/roles`, {
        roles: ['researcher', 'coordinator'],
        biobankCodes: ['DCB'],
      });
      expect(reply.status).toBe(200);
      expect(await events('user.roles_changed', researcher.id)).toEqual([
        expect.objectContaining({
          actorId: adminId,
          actorEmail: DEMO.admin,
          targetType: 'user',
          ip: address,
          details: {
            before: { roles: ['researcher'], biobankCodes: [] },
            after: { roles: ['researcher', 'coordinator'], biobankCodes: ['DCB'] },
          },
        }),
      ]);
    });

    it('a refused change of roles records nothing', async () => {
      const before = (await events('user.roles_changed', adminId)).length;
      const reply = await admin.put<ErrorBody>(`/api/admin/users/${adminId}/roles`, {
        roles: ['researcher'],
        biobankCodes: [],
      });
      expect(reply.body.code).toBe('OWN_ADMIN_ROLE');
      expect(await events('user.roles_changed', adminId)).toHaveLength(before);
    });

    it('routing rules created, edited and deleted, each with its rule as target', async () => {
      const created = await admin.post<RoutingRule>('/api/admin/routing-rules', {
        name: 'Audit rule',
        serviceId: null,
        requestedBiobankCodes: ['DCB'],
        suggestedBiobankCodes: ['DRB'],
        defaultAssigneeId: null,
      });
      expect(created.status).toBe(201);
      const id = created.body.id;
      const updated = await admin.put<RoutingRule>(`/api/admin/routing-rules/${id}`, {
        name: 'Audit rule, renamed',
        serviceId: null,
        requestedBiobankCodes: ['DCB'],
        suggestedBiobankCodes: ['DGB'],
        defaultAssigneeId: null,
        version: 1,
      });
      expect(updated.status).toBe(200);
      const stale = await admin.put<ErrorBody>(`/api/admin/routing-rules/${id}`, {
        name: 'Lost',
        serviceId: null,
        requestedBiobankCodes: ['DCB'],
        suggestedBiobankCodes: ['DRB'],
        defaultAssigneeId: null,
        version: 1,
      });
      expect(stale.body.code).toBe('VERSION_CONFLICT');
      expect((await admin.delete(`/api/admin/routing-rules/${id}`)).status).toBe(204);
      expect((await admin.delete(`/api/admin/routing-rules/${id}`)).status).toBe(404);

      const origin = { actorId: adminId, actorEmail: DEMO.admin, targetType: 'routing_rule' };
      expect(await events('routing_rule.created', id)).toEqual([
        expect.objectContaining({
          ...origin,
          details: expect.objectContaining({ name: 'Audit rule', requestedBiobankCodes: ['DCB'] }),
        }),
      ]);
      // The stale edit changed nothing and left no line.
      expect(await events('routing_rule.updated', id)).toEqual([
        expect.objectContaining({
          ...origin,
          details: expect.objectContaining({ name: 'Audit rule, renamed' }),
        }),
      ]);
      expect(await events('routing_rule.deleted', id)).toEqual([
        expect.objectContaining({ ...origin, details: { name: 'Audit rule, renamed' } }),
      ]);
    });

    it('published questions, with the service as target and the new version', async () => {
      const [service] = (await admin.get<Service[]>('/api/services')).body;
      const current = (await admin.get<QuestionSet>(`/api/services/${service.id}/questions`)).body;
      const reply = await admin.post<QuestionSet>(`/api/admin/services/${service.id}/questions`, {
        basedOnVersion: current.version,
        questions: current.questions,
      });
      expect(reply.status).toBe(201);
      expect(await events('service_questions.published', service.id)).toEqual([
        expect.objectContaining({
          actorId: adminId,
          targetType: 'service',
          details: { version: current.version + 1, questionCount: current.questions.length },
        }),
      ]);
    });

    it('a biobank’s shared mailbox changed, before and after; saving the same one again is no change', async () => {
      const put = (sharedMailbox: string | null) =>
        admin.put<AdminBiobank>('/api/admin/biobanks/dgb', { sharedMailbox });
      const { items } = (await admin.get<{ items: AdminBiobank[] }>('/api/admin/biobanks')).body;
      const original = items.find((biobank) => biobank.code === 'DGB')!.sharedMailbox;
      expect((await put('DGB.Audit@example.org')).status).toBe(200);
      expect((await put('dgb.audit@example.org')).status).toBe(200);
      expect((await put(null)).status).toBe(200);
      const changes = await events('biobank.mailbox_changed', 'DGB');
      expect(changes.map((event) => event.details)).toEqual([
        { before: 'dgb.audit@example.org', after: null },
        { before: original, after: 'dgb.audit@example.org' },
      ]);
      expect(changes[0]).toMatchObject({ actorId: adminId, targetType: 'biobank' });
    });
  });

  describe('who may read it', () => {
    it('nobody anonymous (401), and no researcher, secretariat or coordinator (403)', async () => {
      expect((await audit(harness.client())).status).toBe(401);
      for (const email of [DEMO.researcher, DEMO.secretariat, DEMO.coordinatorDcb]) {
        const client = harness.client();
        await client.login(email);
        const reply = await audit(client);
        expect({
          email,
          status: reply.status,
          code: (reply.body as unknown as ErrorBody).code,
        }).toEqual({ email, status: 403, code: 'FORBIDDEN' });
      }
    });
  });

  describe('filters and pages', () => {
    it('filters by actor id or e-mail address, in any case', async () => {
      const researcher = await newResearcher(harness);
      await researcher.client.post('/api/auth/logout');
      for (const actor of [researcher.id, researcher.email.toUpperCase()]) {
        const reply = await audit(admin, `?actor=${encodeURIComponent(actor)}`);
        expect(reply.status).toBe(200);
        expect(reply.body.items.map((event) => event.action)).toEqual([
          'auth.logout',
          'user.registered',
        ]);
      }
    });

    it('filters by time, from and to inclusive, as days or instants', async () => {
      const start = new Date();
      const researcher = await newResearcher(harness);
      const [registered] = await events('user.registered', researcher.id);
      const at = registered.at;
      const day = at.slice(0, 10);
      const nextDay = new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000)
        .toISOString()
        .slice(0, 10);
      const found = async (query: string) =>
        (await audit(admin, `?actor=${researcher.id}&${query}`)).body.items.length;
      expect(await found(`from=${encodeURIComponent(at)}&to=${encodeURIComponent(at)}`)).toBe(1);
      expect(await found(`from=${day}&to=${day}`)).toBe(1);
      expect(await found(`from=${encodeURIComponent(start.toISOString())}`)).toBe(1);
      expect(await found(`from=${nextDay}`)).toBe(0);
      expect(
        await found(`to=${encodeURIComponent(new Date(start.getTime() - 1).toISOString())}`),
      ).toBe(0);
    });

    it('pages newest first with a cursor, without duplicates or gaps', async () => {
      const emails = Array.from({ length: 7 }, unknownEmail);
      for (const email of emails)
        await harness.client().post('/api/auth/login', { email, password: SECRET });
      const all = await events('auth.login_failed');
      const seen: AuditEventItem[] = [];
      let cursor: string | null = null;
      do {
        const reply: { status: number; body: AuditEventList } = await audit(
          admin,
          `?action=auth.login_failed&limit=3${cursor ? `&cursor=${cursor}` : ''}`,
        );
        expect(reply.status).toBe(200);
        expect(reply.body.items.length).toBeLessThanOrEqual(3);
        seen.push(...reply.body.items);
        cursor = reply.body.nextCursor;
      } while (cursor);
      expect(seen.map((event) => event.id)).toEqual(all.map((event) => event.id));
      expect(new Set(seen.map((event) => event.id)).size).toBe(seen.length);
      expect(emails.every((email) => seen.some((event) => event.details.email === email))).toBe(
        true,
      );
      const times = seen.map((event) => Date.parse(event.at));
      expect(times).toEqual([...times].sort((a, b) => b - a));
    });

    it.each([
      ['a cursor that is not one', 'cursor=garbage', 'cursor', 'invalid_cursor'],
      ['an unknown action', 'action=auth.hacked', 'action', 'invalid_value'],
      ['a date that does not exist', 'from=2026-13-01', 'from', 'invalid_union'],
      ['a date-time without offset', 'to=2026-12-01T10:00:00', 'to', 'invalid_union'],
      ['`to` before `from`', 'from=2026-12-02&to=2026-12-01', 'to', 'custom'],
      ['an actor that is neither id nor address', 'actor=somebody', 'actor', 'invalid_union'],
      ['a page of none', 'limit=0', 'limit', 'too_small'],
    ])('refuses %s with 400 naming the field', async (_, query, field, code) => {
      const reply = await admin.get<ErrorBody>(`/api/admin/audit?${query}`);
      expect(reply.status).toBe(400);
      expect(reply.body.code).toBe('VALIDATION_FAILED');
      expect(reply.body.details).toEqual([expect.objectContaining({ field, code })]);
    });
  });

  it('logs each request with the user id, never the search text or a password', async () => {
    const word = `zq${Date.now().toString(36)}`;
    expect((await admin.get(`/api/admin/users?q=${word}`)).status).toBe(200);
    await harness.client().post('/api/auth/login', { email: unknownEmail(), password: SECRET });
    // The line is written when the response is finished, a moment after the client has it.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const lines = harness.api.output().split('\n');
    const usersLine = lines.find((line) => line.includes('/api/admin/users?q=[redacted]'));
    expect(usersLine).toContain(`"userId":"${adminId}"`);
    expect(harness.api.output()).not.toContain(word);
    expect(harness.api.output()).not.toContain(SECRET);
  });

  describe('the table itself', () => {
    beforeAll(async () => {
      // A registration and a login with a password that contains the secret, to look for it.
      const client = harness.client();
      const account = { email: unknownEmail(), password: `${SECRET}${SECRET}` };
      const registered = await client.post('/api/auth/register', {
        ...account,
        name: 'Secret Keeper',
        institution: 'KU',
      });
      expect(registered.status).toBe(201);
      await harness.client().login(account.email, account.password);
      // The embedded database opens for one process at a time: the API steps aside.
      await harness.api.stop();
    });

    it('holds no trace of a password, and refuses to change or delete a line', async () => {
      const lines = async () =>
        (
          await queryDatabase<{ line: string }>(
            harness.database,
            'SELECT audit_event::text AS line FROM audit_event ORDER BY at, id',
          )
        ).map((row) => row.line);
      const before = await lines();
      expect(before.length).toBeGreaterThan(10);
      expect(before.filter((line) => line.includes(SECRET))).toEqual([]);
      expect(before.filter((line) => line.includes('correct horse battery'))).toEqual([]);

      // Not even the database owner rewrites history.
      await expect(
        queryDatabase(harness.database, `UPDATE audit_event SET action = 'auth.login'`),
      ).rejects.toThrow(/append-only/);
      await expect(queryDatabase(harness.database, 'DELETE FROM audit_event')).rejects.toThrow(
        /append-only/,
      );
      expect(await lines()).toEqual(before);
    });
  });
});
