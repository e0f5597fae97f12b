import type {
  ErrorBody,
  Person,
  RoutingRule,
  RoutingRuleList,
  RoutingSuggestion,
  Service,
  ServiceRequest,
} from '@bgb/contracts';
import type { HttpClient } from '@bgb/test-support';
import { DEMO, type Harness, newResearcher, startHarness } from './support/harness';

describe('routing rules: kept by administrators, proposed to the secretariat during triage', () => {
  let harness: Harness;
  let admin: HttpClient;
  let secretariat: HttpClient;
  let services: Service[];
  let caseHandler: Person;
  let researcherId: string;

  beforeAll(async () => {
    harness = await startHarness();
    [admin, secretariat] = [harness.client(), harness.client()];
    await admin.login(DEMO.admin);
    await secretariat.login(DEMO.secretariat);
    services = (await admin.get<Service[]>('/api/services')).body;
    [caseHandler] = (await secretariat.get<Person[]>('/api/case-handlers')).body;
    researcherId = ((await harness.client().login(DEMO.researcher)).body as { id: string }).id;
    // The demo's own rules would take part in every suggestion; these tests bring their own.
    for (const rule of await rules())
      await admin.send('DELETE', `/api/admin/routing-rules/${rule.id}`);
  });
  afterAll(() => harness?.stop());

  const rules = async () =>
    (await admin.get<RoutingRuleList>('/api/admin/routing-rules')).body.items;
  const createRule = (body: Record<string, unknown>) =>
    admin.post<RoutingRule>('/api/admin/routing-rules', {
      serviceId: null,
      requestedBiobankCodes: [],
      suggestedBiobankCodes: [],
      defaultAssigneeId: null,
      ...body,
    });

  async function submitted(serviceId: string, biobankCodes: string[]) {
    const researcher = await newResearcher(harness);
    const { body } = await researcher.client.post<ServiceRequest>('/api/requests', {
      title: 'Biomarkører for tidlig gigt',
      serviceId,
      biobankCodes,
      projectDescription: 'Beskrivelse',
      principalInvestigator: 'PI',
      institution: 'AU',
    });
    return { researcher, request: body };
  }

  it('an administrator creates, lists, edits and deletes a rule', async () => {
    const created = await createRule({
      name: 'Reuma biomarkers',
      serviceId: services[0].id,
      requestedBiobankCodes: ['drb'],
      suggestedBiobankCodes: ['DRB', 'DCB'],
      defaultAssigneeId: caseHandler.id,
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: 'Reuma biomarkers',
      serviceId: services[0].id,
      requestedBiobankCodes: ['DRB'],
      suggestedBiobankCodes: ['DRB', 'DCB'],
      defaultAssignee: caseHandler,
      version: 1,
    });
    expect((await rules()).map((rule) => rule.id)).toContain(created.body.id);

    const updated = await admin.put<RoutingRule>(`/api/admin/routing-rules/${created.body.id}`, {
      name: 'Reuma biomarkers, any biobank',
      serviceId: services[0].id,
      requestedBiobankCodes: [],
      suggestedBiobankCodes: ['DRB'],
      defaultAssigneeId: null,
      version: 1,
    });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({
      name: 'Reuma biomarkers, any biobank',
      requestedBiobankCodes: [],
      defaultAssignee: null,
      version: 2,
    });

    expect((await admin.send('DELETE', `/api/admin/routing-rules/${created.body.id}`)).status).toBe(
      204,
    );
    expect((await rules()).map((rule) => rule.id)).not.toContain(created.body.id);
    expect(
      (await admin.send<ErrorBody>('DELETE', `/api/admin/routing-rules/${created.body.id}`)).status,
    ).toBe(404);
  });

  it('a stale edit gets 409 and the rule keeps the newer version', async () => {
    const { body: rule } = await createRule({ name: 'Stale', suggestedBiobankCodes: ['DGB'] });
    const edit = (name: string) =>
      admin.put<RoutingRule & ErrorBody>(`/api/admin/routing-rules/${rule.id}`, {
        name,
        serviceId: null,
        requestedBiobankCodes: [],
        suggestedBiobankCodes: ['DGB'],
        defaultAssigneeId: null,
        version: rule.version,
      });
    expect((await edit('First')).status).toBe(200);
    const second = await edit('Second');
    expect(second.status).toBe(409);
    expect(second.body.code).toBe('VERSION_CONFLICT');
    expect((await rules()).find((candidate) => candidate.id === rule.id)).toMatchObject({
      name: 'First',
      version: 2,
    });
    await admin.send('DELETE', `/api/admin/routing-rules/${rule.id}`);
  });

  it.each<[string, () => Record<string, unknown>, number, string]>([
    ['no name', () => ({ name: '  ', suggestedBiobankCodes: ['DCB'] }), 400, 'name'],
    ['nothing to suggest', () => ({ name: 'Empty' }), 400, 'suggestedBiobankCodes'],
    [
      'a biobank twice',
      () => ({ name: 'Twice', suggestedBiobankCodes: ['DCB', 'dcb'] }),
      400,
      'suggestedBiobankCodes',
    ],
    [
      'an unknown suggested biobank',
      () => ({ name: 'Unknown', suggestedBiobankCodes: ['DCB', 'XYZ'] }),
      422,
      'suggestedBiobankCodes.1',
    ],
    [
      'an unknown requested biobank',
      () => ({ name: 'Unknown', requestedBiobankCodes: ['XYZ'], suggestedBiobankCodes: ['DCB'] }),
      422,
      'requestedBiobankCodes.0',
    ],
    [
      'an unknown service',
      () => ({
        name: 'Unknown',
        serviceId: '00000000-0000-4000-8000-000000000000',
        suggestedBiobankCodes: ['DCB'],
      }),
      422,
      'serviceId',
    ],
    [
      'a case handler outside the secretariat',
      () => ({ name: 'Not staff', defaultAssigneeId: researcherId }),
      422,
      'defaultAssigneeId',
    ],
  ])(
    'a rule with %s is refused with the field named, and nothing is stored',
    async (_label, body, status, field) => {
      const before = await rules();
      const reply = await createRule(body());
      expect(reply.status).toBe(status);
      expect((reply.body as unknown as ErrorBody).details?.map((detail) => detail.field)).toContain(
        field,
      );
      expect(await rules()).toEqual(before);
    },
  );

  it('editing or deleting a rule that does not exist is 404', async () => {
    const body = {
      name: 'Ghost',
      serviceId: null,
      requestedBiobankCodes: [],
      suggestedBiobankCodes: ['DCB'],
      defaultAssigneeId: null,
      version: 1,
    };
    expect(
      (await admin.put('/api/admin/routing-rules/00000000-0000-4000-8000-000000000000', body))
        .status,
    ).toBe(404);
    expect((await admin.put('/api/admin/routing-rules/not-a-uuid', body)).status).toBe(404);
    expect((await admin.send('DELETE', '/api/admin/routing-rules/not-a-uuid')).status).toBe(404);
  });

  it('only administrators manage rules; only the secretariat sees suggestions', async () => {
    const { request } = await submitted(services[0].id, ['DCB']);
    const anonymous = harness.client();
    expect((await anonymous.get('/api/admin/routing-rules')).status).toBe(401);
    for (const email of [DEMO.researcher, DEMO.secretariat, DEMO.coordinatorDcb]) {
      const client = harness.client();
      await client.login(email);
      expect((await client.get('/api/admin/routing-rules')).status).toBe(403);
      expect(
        (
          await client.post('/api/admin/routing-rules', {
            name: 'x',
            suggestedBiobankCodes: ['DCB'],
          })
        ).status,
      ).toBe(403);
    }
    for (const email of [DEMO.researcher, DEMO.coordinatorDcb, DEMO.admin]) {
      const client = harness.client();
      await client.login(email);
      expect((await client.get(`/api/requests/${request.id}/routing-suggestion`)).status).toBe(403);
    }
    expect(
      (
        await secretariat.get(
          '/api/requests/00000000-0000-4000-8000-000000000000/routing-suggestion',
        )
      ).status,
    ).toBe(404);
  });

  it('proposes the biobanks and case handler of the matching rules, with the reasons, to the secretariat', async () => {
    const [biomarkers, other] = services;
    const specific = (
      await createRule({
        name: 'Biomarkers asked of DRB',
        serviceId: biomarkers.id,
        requestedBiobankCodes: ['DRB'],
        suggestedBiobankCodes: ['DRB', 'PATO'],
        defaultAssigneeId: caseHandler.id,
      })
    ).body;
    const general = (
      await createRule({ name: 'Everything to DCB', suggestedBiobankCodes: ['DCB'] })
    ).body;
    await createRule({
      name: 'Other service',
      serviceId: other.id,
      suggestedBiobankCodes: ['DGB'],
    });

    const { request } = await submitted(biomarkers.id, ['DRB']);
    const suggestion = await secretariat.get<RoutingSuggestion>(
      `/api/requests/${request.id}/routing-suggestion`,
    );
    expect(suggestion.status).toBe(200);
    expect(suggestion.body).toEqual({
      biobanks: [
        {
          biobankCode: 'DRB',
          reasons: [
            { kind: 'rule', ruleId: specific.id, ruleName: specific.name },
            { kind: 'requested' },
          ],
        },
        {
          biobankCode: 'PATO',
          reasons: [{ kind: 'rule', ruleId: specific.id, ruleName: specific.name }],
        },
        {
          biobankCode: 'DCB',
          reasons: [{ kind: 'rule', ruleId: general.id, ruleName: general.name }],
        },
      ],
      caseHandler: {
        assignee: caseHandler,
        reason: { kind: 'rule', ruleId: specific.id, ruleName: specific.name },
      },
    });

    // Suggestions change nothing: the request is still unassigned and unrouted.
    const after = (await secretariat.get<ServiceRequest>(`/api/requests/${request.id}`)).body;
    expect(after).toMatchObject({ version: request.version, assignee: null, routings: [] });

    for (const rule of await rules())
      await admin.send('DELETE', `/api/admin/routing-rules/${rule.id}`);
    const fallback = await secretariat.get<RoutingSuggestion>(
      `/api/requests/${request.id}/routing-suggestion`,
    );
    expect(fallback.body).toEqual({
      biobanks: [{ biobankCode: 'DRB', reasons: [{ kind: 'requested' }] }],
      caseHandler: null,
    });
  });

  it('does not propose a case handler who has left the secretariat', async () => {
    const colleague = await newResearcher(harness, { name: 'Mette Leaving' });
    const roles = (roleList: string[]) =>
      admin.put(`/api/admin/users/${colleague.id}/roles`, { roles: roleList, biobankCodes: [] });
    expect((await roles(['secretariat'])).status).toBe(200);
    await createRule({ name: 'To Mette', defaultAssigneeId: colleague.id });
    const { request } = await submitted(services[0].id, ['DCB']);
    const suggest = async () =>
      (await secretariat.get<RoutingSuggestion>(`/api/requests/${request.id}/routing-suggestion`))
        .body;
    expect((await suggest()).caseHandler?.assignee).toEqual({
      id: colleague.id,
      name: 'Mette Leaving',
    });
    expect((await roles(['researcher'])).status).toBe(200);
    expect((await suggest()).caseHandler).toBeNull();
    for (const rule of await rules())
      await admin.send('DELETE', `/api/admin/routing-rules/${rule.id}`);
  });
});
