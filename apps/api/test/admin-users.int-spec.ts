import type {
  AdminUser,
  AdminUserList,
  ErrorBody,
  RequestList,
  Service,
  ServiceRequest,
  User,
} from '@bgb/contracts';
import type { HttpClient } from '@bgb/test-support';
import { DEMO, type Harness, newResearcher, startHarness } from './support/harness';

describe('administrators manage users and their roles', () => {
  let harness: Harness;
  let admin: HttpClient;
  beforeAll(async () => {
    harness = await startHarness();
    admin = harness.client();
    await admin.login(DEMO.admin);
  });
  afterAll(() => harness?.stop());

  let tokens = 0;
  /** A word no other user's name or e-mail contains, to search for. */
  const uniqueWord = () => `zq${Date.now().toString(36)}x${++tokens}`;

  const list = (client: HttpClient, query = '') =>
    client.get<AdminUserList>(`/api/admin/users${query}`);
  const setRoles = (client: HttpClient, id: string, body: unknown) =>
    client.put<AdminUser>(`/api/admin/users/${id}/roles`, body);

  /** How the admin list shows the user with this e-mail address right now. */
  async function adminView(email: string): Promise<AdminUser> {
    const reply = await list(admin, `?q=${encodeURIComponent(email)}`);
    expect(reply.status).toBe(200);
    expect(reply.body.items).toHaveLength(1);
    return reply.body.items[0];
  }

  describe('the user list', () => {
    it('shows every user with roles, coordinator biobanks and creation time', async () => {
      const reply = await list(admin, '?limit=100');
      expect(reply.status).toBe(200);
      const byEmail = new Map(reply.body.items.map((user) => [user.email, user]));
      expect(byEmail.get(DEMO.coordinatorDcb)).toMatchObject({
        name: 'Camilla Dahl',
        roles: ['coordinator'],
        biobankCodes: ['DCB'],
      });
      expect(byEmail.get(DEMO.admin)).toMatchObject({
        roles: ['admin'],
        biobankCodes: [],
        institution: 'Bio- og GenomBank Danmark',
      });
      expect(byEmail.get(DEMO.researcher)?.createdAt).toMatch(
        /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/,
      );
      expect(reply.body.items[0]).not.toHaveProperty('passwordHash');
    });

    it('sorts by name, and users with the same name by id', async () => {
      const word = uniqueWord();
      const zeta = await newResearcher(harness, { name: `Zeta ${word}` });
      const alpha = await newResearcher(harness, { name: `Alpha ${word}` });
      const twins = [
        await newResearcher(harness, { name: `Mid ${word}` }),
        await newResearcher(harness, { name: `Mid ${word}` }),
      ];
      const found = (await list(admin, `?q=${word}`)).body.items.map((user) => user.id);
      expect(found).toEqual([alpha.id, ...twins.map((twin) => twin.id).sort(), zeta.id]);
    });

    it('searches names and e-mail addresses, whatever the case, and takes % and _ literally', async () => {
      const word = uniqueWord();
      const byName = await newResearcher(harness, { name: `Kirsten ${word}` });
      expect(
        (await list(admin, `?q=${word.toUpperCase()}`)).body.items.map((user) => user.id),
      ).toEqual([byName.id]);
      const byEmail = await newResearcher(harness);
      expect(
        (await list(admin, `?q=${encodeURIComponent(byEmail.email.toUpperCase())}`)).body.items.map(
          (user) => user.email,
        ),
      ).toEqual([byEmail.email]);
      expect((await list(admin, `?q=${encodeURIComponent('%')}`)).body.items).toEqual([]);
      expect(
        (await list(admin, `?q=${encodeURIComponent(`${word.slice(0, 3)}_`)}`)).body.items,
      ).toEqual([]);
      expect(
        (await list(admin, `?q=${encodeURIComponent('   ')}&limit=100`)).body.items.length,
      ).toBeGreaterThan(5);
    });

    it('pages by cursor without gaps or repeats', async () => {
      const word = uniqueWord();
      const created: string[] = [];
      for (let index = 0; index < 5; index++)
        created.push((await newResearcher(harness, { name: `Page ${word} ${index}` })).id);

      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const reply: { status: number; body: AdminUserList } = await list(
          admin,
          `?q=${word}&limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
        );
        expect(reply.status).toBe(200);
        expect(reply.body.items.length).toBeLessThanOrEqual(2);
        seen.push(...reply.body.items.map((user) => user.id));
        cursor = reply.body.nextCursor;
        pages++;
      } while (cursor);
      expect(pages).toBe(3);
      expect(seen).toEqual(created);
    });

    it.each([
      ['a limit of 0', '?limit=0', 'limit'],
      ['a limit over 100', '?limit=101', 'limit'],
      ['a limit that is not a number', '?limit=many', 'limit'],
      ['a search over 200 characters', `?q=${'x'.repeat(201)}`, 'q'],
      ['a forged cursor', '?cursor=not-a-cursor', 'cursor'],
    ])('400 for %s', async (_label, query, field) => {
      const reply = await admin.get<ErrorBody>(`/api/admin/users${query}`);
      expect(reply.status).toBe(400);
      expect(reply.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
      expect(reply.body.details?.map((detail) => detail.field)).toContain(field);
    });
  });

  describe('changing roles', () => {
    it('grants the secretariat role, which the user has on their very next request without logging in again', async () => {
      const services = (await harness.client().get<Service[]>('/api/services')).body;
      const other = await newResearcher(harness);
      const { body: othersRequest } = await other.client.post<ServiceRequest>('/api/requests', {
        title: 'Autoantistoffer i serum',
        serviceId: services[0].id,
        biobankCodes: ['DRB'],
        projectDescription: 'Vi vil måle autoantistoffer i 300 serumprøver.',
        principalInvestigator: 'Overlæge Åse Ø',
        institution: 'Rigshospitalet',
      });
      const promoted = await newResearcher(harness);
      const queueOf = async (client: HttpClient) =>
        (await client.get<RequestList>('/api/requests?limit=100')).body.items.map((r) => r.id);
      expect(await queueOf(promoted.client)).not.toContain(othersRequest.id);

      const reply = await setRoles(admin, promoted.id, {
        roles: ['secretariat', 'researcher'],
        biobankCodes: [],
      });
      expect(reply.status).toBe(200);
      expect(reply.body).toMatchObject({
        id: promoted.id,
        email: promoted.email,
        roles: ['researcher', 'secretariat'],
        biobankCodes: [],
      });

      expect(await queueOf(promoted.client)).toContain(othersRequest.id);
      expect((await promoted.client.get<User>('/api/auth/me')).body.roles).toEqual([
        'researcher',
        'secretariat',
      ]);
      expect(await adminView(promoted.email)).toEqual(reply.body);
    });

    it('makes a user coordinator of DCB, which /api/auth/me shows, and takes it away again', async () => {
      const user = await newResearcher(harness);
      const reply = await setRoles(admin, user.id, {
        roles: ['coordinator'],
        biobankCodes: ['dcb'],
      });
      expect(reply.status).toBe(200);
      expect(reply.body).toMatchObject({ roles: ['coordinator'], biobankCodes: ['DCB'] });
      expect((await user.client.get<User>('/api/auth/me')).body).toMatchObject({
        roles: ['coordinator'],
        biobankCodes: ['DCB'],
      });

      const both = await setRoles(admin, user.id, {
        roles: ['coordinator', 'researcher'],
        biobankCodes: ['DRB', 'DCB'],
      });
      expect(both.body).toMatchObject({
        roles: ['researcher', 'coordinator'],
        biobankCodes: ['DCB', 'DRB'],
      });

      const back = await setRoles(admin, user.id, { roles: ['researcher'], biobankCodes: [] });
      expect(back.body).toMatchObject({ roles: ['researcher'], biobankCodes: [] });
      expect((await user.client.get<User>('/api/auth/me')).body).toMatchObject({
        roles: ['researcher'],
        biobankCodes: [],
      });
    });

    it('lets an admin make another admin, and take that role away, in force at once', async () => {
      const user = await newResearcher(harness);
      expect((await list(user.client)).status).toBe(403);
      await setRoles(admin, user.id, { roles: ['admin'], biobankCodes: [] });
      expect((await list(user.client)).status).toBe(200);
      const demoted = await setRoles(admin, user.id, { roles: ['researcher'], biobankCodes: [] });
      expect(demoted.status).toBe(200);
      expect((await list(user.client)).status).toBe(403);
    });

    it('lets an admin change their own roles as long as they stay an admin', async () => {
      const me = (await admin.get<User>('/api/auth/me')).body;
      const reply = await setRoles(admin, me.id, {
        roles: ['admin', 'researcher'],
        biobankCodes: [],
      });
      expect(reply.body.roles).toEqual(['researcher', 'admin']);
      expect(
        (await setRoles(admin, me.id, { roles: ['admin'], biobankCodes: [] })).body.roles,
      ).toEqual(['admin']);
    });
  });

  describe('bad input gets a clear error and changes nothing', () => {
    let target: { id: string; email: string };
    let before: AdminUser;
    let me: User;
    beforeAll(async () => {
      target = await newResearcher(harness);
      await setRoles(admin, target.id, {
        roles: ['researcher', 'coordinator'],
        biobankCodes: ['DRB'],
      });
      before = await adminView(target.email);
      me = (await admin.get<User>('/api/auth/me')).body;
    });
    afterEach(async () => {
      expect(await adminView(target.email)).toEqual(before);
      expect(before).toMatchObject({ roles: ['researcher', 'coordinator'], biobankCodes: ['DRB'] });
      expect(await adminView(DEMO.admin)).toMatchObject({ roles: ['admin'], biobankCodes: [] });
    });

    it.each([
      ['no roles', { roles: [], biobankCodes: [] }, 'roles'],
      ['no roles at all', { biobankCodes: [] }, 'roles'],
      ['an unknown role', { roles: ['researcher', 'superuser'], biobankCodes: [] }, 'roles'],
      ['a role twice', { roles: ['researcher', 'researcher'], biobankCodes: [] }, 'roles'],
      ['a role where a list belongs', { roles: 'admin', biobankCodes: [] }, 'roles'],
      [
        'a coordinator without a biobank',
        { roles: ['coordinator'], biobankCodes: [] },
        'biobankCodes',
      ],
      [
        'biobanks for someone who is no coordinator',
        { roles: ['researcher'], biobankCodes: ['DCB'] },
        'biobankCodes',
      ],
      ['a biobank twice', { roles: ['coordinator'], biobankCodes: ['DCB', 'dcb'] }, 'biobankCodes'],
      ['no biobank list', { roles: ['researcher'] }, 'biobankCodes'],
    ])('400 for %s, naming the field', async (_label, body, field) => {
      const reply = await admin.put<ErrorBody>(`/api/admin/users/${target.id}/roles`, body);
      expect(reply.status).toBe(400);
      expect(reply.body).toMatchObject({
        statusCode: 400,
        error: 'Bad Request',
        code: 'VALIDATION_FAILED',
      });
      expect(new Set(reply.body.details?.map((detail) => detail.field.split('.')[0]))).toEqual(
        new Set([field]),
      );
    });

    it('422 for an unknown biobank code, naming the entry', async () => {
      const reply = await admin.put<ErrorBody>(`/api/admin/users/${target.id}/roles`, {
        roles: ['coordinator'],
        biobankCodes: ['DCB', 'NOPE'],
      });
      expect(reply.status).toBe(422);
      expect(reply.body.code).toBe('UNKNOWN_REFERENCE');
      expect(reply.body.details).toEqual([
        expect.objectContaining({ field: 'biobankCodes.1', code: 'unknown_biobank' }),
      ]);
    });

    it('404 for a user that does not exist and for an id that is no id', async () => {
      const body = { roles: ['researcher'], biobankCodes: [] };
      const missing = await admin.put<ErrorBody>(
        '/api/admin/users/00000000-0000-4000-8000-000000000000/roles',
        body,
      );
      expect(missing.status).toBe(404);
      expect(missing.body.code).toBe('NOT_FOUND');
      const malformed = await admin.put<ErrorBody>('/api/admin/users/not-a-uuid/roles', body);
      expect(malformed.status).toBe(404);
      expect(malformed.body).toEqual(missing.body);
    });

    it('409 when an admin removes their own administrator role', async () => {
      const reply = await admin.put<ErrorBody>(`/api/admin/users/${me.id}/roles`, {
        roles: ['researcher'],
        biobankCodes: [],
      });
      expect(reply.status).toBe(409);
      expect(reply.body).toMatchObject({
        statusCode: 409,
        error: 'Conflict',
        code: 'OWN_ADMIN_ROLE',
      });
      expect(reply.body.message).toMatch(/your own administrator role/);
      expect((await admin.get<User>('/api/auth/me')).body.roles).toEqual(['admin']);
    });

    it('400 for malformed JSON', async () => {
      const reply = await admin.put<ErrorBody>(
        `/api/admin/users/${target.id}/roles`,
        '{"roles": [',
      );
      expect(reply.status).toBe(400);
      expect(reply.body.code).toBe('MALFORMED_BODY');
    });

    it('403 without the CSRF token', async () => {
      const reply = await admin.put<ErrorBody>(
        `/api/admin/users/${target.id}/roles`,
        { roles: ['admin'], biobankCodes: [] },
        { csrf: false },
      );
      expect(reply.status).toBe(403);
      expect(reply.body.code).toBe('CSRF_INVALID');
    });
  });

  describe('only administrators', () => {
    it.each([
      ['a researcher', DEMO.researcher],
      ['the secretariat', DEMO.secretariat],
      ['a coordinator', DEMO.coordinatorDcb],
    ])('403 for %s, who cannot list users or change roles', async (_label, email) => {
      const client = harness.client();
      await client.login(email);
      const me = (await client.get<User>('/api/auth/me')).body;
      const listed = await list(client);
      expect(listed.status).toBe(403);
      expect((listed.body as unknown as ErrorBody).code).toBe('FORBIDDEN');
      const changed = await client.put<ErrorBody>(`/api/admin/users/${me.id}/roles`, {
        roles: ['admin'],
        biobankCodes: [],
      });
      expect(changed.status).toBe(403);
      expect(changed.body.code).toBe('FORBIDDEN');
      expect((await adminView(email)).roles).toEqual(me.roles);
    });

    it('401 without a session', async () => {
      const anonymous = harness.client();
      expect((await list(anonymous)).status).toBe(401);
      const me = (await admin.get<User>('/api/auth/me')).body;
      const reply = await anonymous.put<ErrorBody>(`/api/admin/users/${me.id}/roles`, {
        roles: ['researcher'],
        biobankCodes: [],
      });
      expect(reply.status).toBe(401);
      expect(reply.body.code).toBe('UNAUTHENTICATED');
    });
  });

  it('documents both endpoints in OpenAPI', async () => {
    const doc = (
      await harness
        .client()
        .get<{ paths: Record<string, Record<string, unknown>> }>('/api/docs-json')
    ).body;
    expect(doc.paths['/api/admin/users']).toHaveProperty('get');
    expect(doc.paths['/api/admin/users/{id}/roles']).toHaveProperty('put');
  });
});
