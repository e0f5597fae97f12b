import type {
  ErrorBody,
  History,
  RequestList,
  Service,
  ServiceRequest,
  User,
} from '@bgb/contracts';
import { Client } from 'pg';
import type { HttpClient } from '@bgb/test-support';
import { DEMO, type Harness, newResearcher, startHarness } from './support/harness';

describe('the triage queue', () => {
  let harness: Harness;
  let secretariat: HttpClient;
  let me: User;
  let services: Service[];
  let researcher: Awaited<ReturnType<typeof newResearcher>>;
  const run = `${Date.now()}`;

  beforeAll(async () => {
    harness = await startHarness();
    secretariat = harness.client();
    me = (await secretariat.login(DEMO.secretariat)).body as User;
    services = (await harness.client().get<Service[]>('/api/services')).body;
    researcher = await newResearcher(harness, {
      name: `Ingeborg Ørsted ${run}`,
      institution: 'Syddansk Universitet',
    });
  });
  afterAll(() => harness?.stop());

  const submit = async (overrides: Record<string, unknown> = {}, client = researcher.client) => {
    const reply = await client.post<ServiceRequest>('/api/requests', {
      title: `Kø-test ${run}`,
      serviceId: services[0].id,
      biobankCodes: ['DCB'],
      projectDescription: 'Almindelig beskrivelse',
      principalInvestigator: 'PI',
      institution: 'Syddansk Universitet',
      ...overrides,
    });
    expect(reply.status).toBe(201);
    return reply.body;
  };
  const queue = async (params: string) => {
    const reply = await secretariat.get<RequestList>(`/api/requests?limit=100&${params}`);
    expect(reply.status).toBe(200);
    return reply.body.items;
  };
  const refs = (items: ServiceRequest[]) => items.map((r) => r.reference);

  describe('triage settings', () => {
    it('assigns a case handler and a priority, each with its own history entry', async () => {
      const request = await submit({ title: `Indstillinger ${run} (triage)` });
      expect(request).toMatchObject({ priority: 'normal', assignee: null, overdue: false });
      expect(new Date(request.firstResponseDueAt!).getTime()).toBeGreaterThan(
        Date.now() + 2 * 86_400_000,
      );

      const reply = await secretariat.send<ServiceRequest>(
        'PATCH',
        `/api/requests/${request.id}/triage`,
        {
          assigneeId: me.id,
          priority: 'urgent',
          version: request.version,
        },
      );
      expect(reply.status).toBe(200);
      expect(reply.body).toMatchObject({
        priority: 'urgent',
        assignee: { id: me.id, name: 'Søren Holm' },
        version: request.version + 1,
      });

      const history = (await researcher.client.get<History>(`/api/requests/${request.id}/history`))
        .body.items;
      expect(
        history
          .filter((e) => e.kind === 'event')
          .map((e) => e.kind === 'event' && [e.type, e.details]),
      ).toEqual([
        ['submitted', null],
        ['assigned', { assigneeId: me.id, assigneeName: 'Søren Holm' }],
        ['priority_changed', { from: 'normal', to: 'urgent' }],
      ]);

      const unassigned = await secretariat.send<ServiceRequest>(
        'PATCH',
        `/api/requests/${request.id}/triage`,
        {
          assigneeId: null,
          version: reply.body.version,
        },
      );
      expect(unassigned.body).toMatchObject({ assignee: null, priority: 'urgent' });
    });

    it.each([
      ['no setting at all', (v: number) => ({ version: v }), 400, 'assigneeId'],
      ['an unknown priority', (v: number) => ({ priority: 'asap', version: v }), 400, 'priority'],
      ['no version', () => ({ priority: 'high' }), 400, 'version'],
      [
        'a case handler who is not in the secretariat',
        (v: number) => ({ assigneeId: researcher.id, version: v }),
        422,
        'assigneeId',
      ],
    ])('refuses %s and changes nothing', async (_label, body, status, field) => {
      const request = await submit({ title: `Afvist ${run} (triage)` });
      const reply = await secretariat.send<ErrorBody>(
        'PATCH',
        `/api/requests/${request.id}/triage`,
        body(request.version),
      );
      expect(reply.status).toBe(status);
      expect(reply.body.details?.map((d) => d.field)).toContain(field);
      const after = (await secretariat.get<ServiceRequest>(`/api/requests/${request.id}`)).body;
      expect(after).toMatchObject({ version: request.version, priority: 'normal', assignee: null });
    });

    it('lists the case handlers to the secretariat only', async () => {
      const handlers = (await secretariat.get<{ id: string; name: string }[]>('/api/case-handlers'))
        .body;
      expect(handlers).toEqual([{ id: me.id, name: 'Søren Holm' }]);
      expect((await researcher.client.get('/api/case-handlers')).status).toBe(403);
    });

    it('refuses a stale version with 409, and a researcher with 403', async () => {
      const request = await submit({ title: `Forældet ${run} (triage)` });
      const stale = await secretariat.send<ErrorBody>(
        'PATCH',
        `/api/requests/${request.id}/triage`,
        { priority: 'high', version: 99 },
      );
      expect(stale.status).toBe(409);
      expect(stale.body.code).toBe('VERSION_CONFLICT');
      const own = await researcher.client.send<ErrorBody>(
        'PATCH',
        `/api/requests/${request.id}/triage`,
        { priority: 'urgent', version: 1 },
      );
      expect(own.status).toBe(403);
      expect(
        (await secretariat.get<ServiceRequest>(`/api/requests/${request.id}`)).body.priority,
      ).toBe('normal');
    });
  });

  describe('filters, search and order', () => {
    let dcbUrgentMine: ServiceRequest;
    let drbHighOther: ServiceRequest;
    let pato: ServiceRequest;

    beforeAll(async () => {
      dcbUrgentMine = await submit({ title: `Plasmaproteomik ${run}`, biobankCodes: ['DCB'] });
      drbHighOther = await submit({
        title: `Synovialvæv ${run}`,
        biobankCodes: ['DRB'],
        serviceId: services[1].id,
      });
      pato = await submit({
        title: `Arkivvæv ${run}`,
        biobankCodes: ['PATO'],
        projectDescription: 'Formalinfikseret paraffinindstøbt',
      });
      await secretariat.send('PATCH', `/api/requests/${dcbUrgentMine.id}/triage`, {
        assigneeId: me.id,
        priority: 'urgent',
        version: 1,
      });
      const other = await harness.client();
      const otherUser = (await other.login(DEMO.secretariat)).body as User;
      await secretariat.send('PATCH', `/api/requests/${drbHighOther.id}/triage`, {
        assigneeId: otherUser.id,
        priority: 'high',
        version: 1,
      });
      await secretariat.post(`/api/requests/${pato.id}/transitions`, {
        action: 'start_triage',
        version: 1,
      });
    });

    const mine = (items: ServiceRequest[]) => refs(items.filter((r) => r.title.endsWith(run)));

    it('filters by status, biobank, service, case handler and priority', async () => {
      expect(mine(await queue('status=in_triage'))).toEqual([pato.reference]);
      expect(mine(await queue('biobank=drb'))).toEqual([drbHighOther.reference]);
      expect(mine(await queue(`service=${services[1].id}`))).toEqual([drbHighOther.reference]);
      expect(mine(await queue('assignee=me'))).toEqual(
        expect.arrayContaining([dcbUrgentMine.reference, drbHighOther.reference]),
      );
      expect(mine(await queue('assignee=none'))).not.toContain(dcbUrgentMine.reference);
      expect(mine(await queue('assignee=none'))).toContain(pato.reference);
      expect(mine(await queue('priority=urgent'))).toEqual([dcbUrgentMine.reference]);
      expect(mine(await queue('priority=high&biobank=DRB'))).toEqual([drbHighOther.reference]);
      expect(mine(await queue('overdue=true'))).toEqual([]);
    });

    it('searches reference, title, description, researcher and institution', async () => {
      expect(refs(await queue(`q=${encodeURIComponent(pato.reference)}`))).toEqual([
        pato.reference,
      ]);
      expect(mine(await queue('q=plasmaproteomik'))).toEqual([dcbUrgentMine.reference]);
      expect(mine(await queue('q=paraffinindstøbt'))).toEqual([pato.reference]);
      expect(
        mine(await queue(`q=${encodeURIComponent(`Ørsted ${run}`)}`)).length,
      ).toBeGreaterThanOrEqual(3);
      expect(mine(await queue('q=syddansk')).length).toBeGreaterThanOrEqual(3);
      expect(await queue('q=ingenting-matcher-dette')).toEqual([]);
    });

    it('sorts by age, priority and last activity', async () => {
      const newest = mine(await queue('sort=newest'));
      expect(mine(await queue('sort=oldest'))).toEqual([...newest].reverse());
      const byPriority = mine(await queue('sort=priority'));
      expect(byPriority.indexOf(dcbUrgentMine.reference)).toBeLessThan(
        byPriority.indexOf(drbHighOther.reference),
      );
      expect(byPriority.indexOf(drbHighOther.reference)).toBeLessThan(
        byPriority.indexOf(pato.reference),
      );
      await researcher.client.post(`/api/requests/${drbHighOther.id}/messages`, {
        body: 'Nyt fra mig',
      });
      expect((await queue('sort=last_activity'))[0].reference).toBe(drbHighOther.reference);
    });

    it('pages by priority with a cursor, without gaps or repeats', async () => {
      const all = refs(await queue('sort=priority'));
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: RequestList = (
          await secretariat.get<RequestList>(
            `/api/requests?sort=priority&limit=2${cursor ? `&cursor=${cursor}` : ''}`,
          )
        ).body;
        seen.push(...refs(page.items));
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen).toEqual(all);
      const wrong = await secretariat.get<ErrorBody>(
        `/api/requests?sort=oldest&cursor=${(await secretariat.get<RequestList>('/api/requests?sort=priority&limit=1')).body.nextCursor}`,
      );
      expect(wrong.status).toBe(400);
    });

    describe('several filters at once, paged one by one', () => {
      // More requests than a page of one reads before it turns to the filters' indexes, so a
      // rare combination is found that way and a common one within the rows read.
      const FILLERS = 410;
      let rare: ServiceRequest[];

      beforeAll(async () => {
        rare = [];
        for (const title of ['Sjælden A', 'Sjælden B', 'Sjælden C']) {
          const request = await submit({ title: `${title} ${run}`, biobankCodes: ['DGB', 'DBB'] });
          await secretariat.send('PATCH', `/api/requests/${request.id}/triage`, {
            priority: 'urgent',
            version: 1,
          });
          rare.push(request);
        }
        for (let batch = 0; batch < FILLERS; batch += 10) {
          await Promise.all(
            Array.from({ length: 10 }, (_unused, i) =>
              submit({ title: `Fyld ${batch + i} ${run}`, biobankCodes: ['DBB'] }),
            ),
          );
        }
        await submit({ title: `Sjælden uden prioritet ${run}`, biobankCodes: ['DGB'] });
        // Over 400 submissions: room for a machine that runs other test files at the same time.
      }, 240_000);

      const pageByPage = async (params: string) => {
        const seen: string[] = [];
        let cursor: string | null = null;
        do {
          const reply: RequestList = (
            await secretariat.get<RequestList>(
              `/api/requests?limit=1&${params}${cursor ? `&cursor=${cursor}` : ''}`,
            )
          ).body;
          seen.push(...refs(reply.items));
          cursor = reply.nextCursor;
        } while (cursor);
        return seen;
      };

      it.each(['newest', 'oldest', 'priority', 'last_activity'])(
        'finds a rare combination exactly, sorted %s',
        async (sort) => {
          const expected = refs(await queue(`sort=${sort}&biobank=DGB`)).filter((ref) =>
            rare.some((r) => r.reference === ref),
          );
          expect(expected).toHaveLength(3);
          expect(
            await pageByPage(`sort=${sort}&biobank=DGB&priority=urgent&status=submitted`),
          ).toEqual(expected);
          expect(
            await pageByPage(
              `sort=${sort}&biobank=DGB&priority=urgent&status=in_triage&assignee=none`,
            ),
          ).toEqual([]);
        },
      );

      it.each(['newest', 'oldest', 'priority', 'last_activity'])(
        'pages a common combination without gaps or repeats, sorted %s',
        async (sort) => {
          const all = refs(
            (await secretariat.get<RequestList>(`/api/requests?limit=100&sort=${sort}&biobank=DBB`))
              .body.items,
          );
          const common = all.filter((ref) => !rare.some((r) => r.reference === ref)).slice(0, 5);
          const pages: string[] = [];
          let cursor: string | null = null;
          while (pages.length < 5) {
            const reply: RequestList = (
              await secretariat.get<RequestList>(
                `/api/requests?limit=1&sort=${sort}&biobank=DBB&priority=normal&assignee=none${cursor ? `&cursor=${cursor}` : ''}`,
              )
            ).body;
            pages.push(...refs(reply.items));
            cursor = reply.nextCursor;
          }
          expect(pages).toEqual(common);
        },
      );
    });

    it("keeps a researcher's filters inside their own requests", async () => {
      const stranger = await newResearcher(harness);
      expect(
        (await stranger.client.get<RequestList>('/api/requests?q=syddansk')).body.items,
      ).toEqual([]);
      expect(
        refs(
          (await researcher.client.get<RequestList>('/api/requests?biobank=PATO&limit=100')).body
            .items,
        ),
      ).toEqual([pato.reference]);
    });

    it('refuses unknown filter values field by field', async () => {
      for (const [params, field] of [
        ['status=lost', 'status'],
        ['priority=asap', 'priority'],
        ['assignee=someone', 'assignee'],
        ['overdue=maybe', 'overdue'],
        ['sort=random', 'sort'],
        [`q=${'x'.repeat(201)}`, 'q'],
      ]) {
        const reply = await secretariat.get<ErrorBody>(`/api/requests?${params}`);
        expect(reply.status).toBe(400);
        expect(reply.body.details?.[0].field).toBe(field);
      }
    });

    // Only a PostgreSQL server lets the test move a deadline into the past from outside the API.
    (process.env.DATABASE_URL ? it : it.skip)(
      'marks a request past its deadline without a first response as overdue',
      async () => {
        const late = await submit({ title: `Forsinket ${run}` });
        const client = new Client({ connectionString: harness.database.env.DATABASE_URL });
        await client.connect();
        await client.query(
          `UPDATE service_request SET first_response_due_at = now() - interval '1 hour' WHERE id = $1`,
          [late.id],
        );
        await client.end();
        expect(mine(await queue('overdue=true'))).toEqual([late.reference]);
        expect(
          (await secretariat.get<ServiceRequest>(`/api/requests/${late.id}`)).body.overdue,
        ).toBe(true);
        await secretariat.post(`/api/requests/${late.id}/transitions`, {
          action: 'start_triage',
          version: 1,
        });
        expect(mine(await queue('overdue=true'))).toEqual([]);
      },
    );
  });
});
