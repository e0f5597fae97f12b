import type {
  ErrorBody,
  QuestionSet,
  QuestionSetVersionList,
  RequestList,
  Service,
  ServiceRequest,
} from '@bgb/contracts';
import { LAUNCH_QUESTIONS } from '@bgb/domain';
import { type HttpClient, SERVICE_ANSWER_CASES, sentAnswers } from '@bgb/test-support';
import { DEMO, type Harness, newResearcher, requestBody, startHarness } from './support/harness';

describe('service questions: each service asks its own, versioned by administrators', () => {
  let harness: Harness;
  let admin: HttpClient;
  let services: Service[];
  const serviceId = (slug: string) => services.find((service) => service.slug === slug)!.id;

  beforeAll(async () => {
    harness = await startHarness();
    admin = harness.client();
    await admin.login(DEMO.admin);
    services = (await harness.client().get<Service[]>('/api/services')).body;
  });
  afterAll(() => harness?.stop());

  const requestCount = async (client: HttpClient) =>
    (await client.get<RequestList>('/api/requests')).body.items.length;

  it('every service starts with its launch questions as version 1, readable without logging in', async () => {
    for (const [slug, questions] of Object.entries(LAUNCH_QUESTIONS)) {
      const reply = await harness
        .client()
        .get<QuestionSet>(`/api/services/${serviceId(slug)}/questions`);
      expect(reply.status).toBe(200);
      expect(reply.body).toMatchObject({ serviceId: serviceId(slug), version: 1, questions });
    }
  });

  it('a service that does not exist has no questions (404)', async () => {
    const anonymous = harness.client();
    for (const path of [
      '/api/services/00000000-0000-4000-8000-000000000000/questions',
      '/api/services/not-a-uuid/questions',
      `/api/services/${serviceId('feasibility-inquiry')}/questions/versions/7`,
      `/api/services/${serviceId('feasibility-inquiry')}/questions/versions/one`,
    ]) {
      const reply = await anonymous.get<ErrorBody>(path);
      expect({ path, status: reply.status, code: reply.body.code }).toEqual({
        path,
        status: 404,
        code: 'NOT_FOUND',
      });
    }
  });

  it('a request without answers is still accepted, and keeps no answers', async () => {
    const { client } = await newResearcher(harness);
    const reply = await client.post<ServiceRequest>(
      '/api/requests',
      requestBody(serviceId('sample-data-access'), 'No answers'),
    );
    expect(reply.status).toBe(201);
    expect(reply.body).toMatchObject({ questionSetVersion: null, answers: null });
  });

  describe.each(SERVICE_ANSWER_CASES)(
    'the shared table of answers for $service',
    ({ service, cases }) => {
      it.each(cases)('$name', async ({ answers, invalid }) => {
        const { client } = await newResearcher(harness);
        const reply = await client.post<ServiceRequest & ErrorBody>('/api/requests', {
          ...requestBody(serviceId(service), `Answers: ${service}`),
          answers: sentAnswers(answers),
          questionSetVersion: 1,
        });
        if (invalid.length === 0) {
          expect(reply.status).toBe(201);
          expect(reply.body.questionSetVersion).toBe(1);
          expect(
            (await client.get<ServiceRequest>(`/api/requests/${reply.body.id}`)).body.answers,
          ).toEqual(reply.body.answers);
        } else {
          expect({ status: reply.status, code: reply.body.code }).toEqual({
            status: 400,
            code: 'VALIDATION_FAILED',
          });
          // A wrong option of a multiple choice is named down to its entry, `answers.<key>.<index>`.
          const fields = new Set(
            reply.body.details!.map((detail) => detail.field.split('.').slice(0, 2).join('.')),
          );
          expect([...fields].sort()).toEqual(invalid.map((key) => `answers.${key}`).sort());
          expect(await requestCount(client)).toBe(0);
        }
      });
    },
  );

  describe('an administrator publishes a new version', () => {
    const slug = 'research-sample-storage';
    const path = () => `/api/admin/services/${serviceId(slug)}/questions`;
    const temperature = {
      key: 'storageTemperature',
      kind: 'single_choice',
      label: { da: 'Opbevaringstemperatur', en: 'Storage temperature' },
      help: {
        da: 'Den temperatur prøverne skal opbevares ved.',
        en: 'The temperature the samples need.',
      },
      required: true,
      options: [
        { value: 'minus80', label: { da: '−80 °C', en: '−80 °C' } },
        { value: 'nitrogen', label: { da: 'Flydende nitrogen', en: 'Liquid nitrogen' } },
      ],
    };
    const answersV1 = {
      sampleMaterial: ['serum'],
      sampleVolumeMl: 2,
      storageYears: 5,
      consentBasis: 'informedConsent',
    };
    let earlier: ServiceRequest;
    let earlierResearcher: HttpClient;

    beforeAll(async () => {
      earlierResearcher = (await newResearcher(harness)).client;
      earlier = (
        await earlierResearcher.post<ServiceRequest>('/api/requests', {
          ...requestBody(serviceId(slug), 'Answered under version 1'),
          answers: answersV1,
          questionSetVersion: 1,
        })
      ).body;
    });

    it('refuses a broken set, naming the question, and stores nothing', async () => {
      const reply = await admin.post<ErrorBody>(path(), {
        basedOnVersion: 1,
        questions: [
          ...LAUNCH_QUESTIONS[slug],
          { ...temperature, key: 'storageYears' },
          { ...temperature, options: [] },
        ],
      });
      expect({ status: reply.status, code: reply.body.code }).toEqual({
        status: 400,
        code: 'VALIDATION_FAILED',
      });
      expect(reply.body.details!.map((detail) => detail.field).sort()).toEqual([
        'questions.4.key',
        'questions.5.options',
      ]);
      expect(
        (await admin.get<QuestionSetVersionList>(`${path()}/versions`)).body.items,
      ).toHaveLength(1);
    });

    it('publishes version 2, listed first, and later requests must answer the new question', async () => {
      const reply = await admin.post<QuestionSet>(path(), {
        basedOnVersion: 1,
        questions: [...LAUNCH_QUESTIONS[slug], temperature],
      });
      expect(reply.status).toBe(201);
      expect(reply.body).toMatchObject({ serviceId: serviceId(slug), version: 2 });
      expect(
        (await harness.client().get<QuestionSet>(`/api/services/${serviceId(slug)}/questions`)).body
          .version,
      ).toBe(2);
      const versions = (await admin.get<QuestionSetVersionList>(`${path()}/versions`)).body.items;
      expect(
        versions.map(({ version, questionCount, publishedBy }) => ({
          version,
          questionCount,
          by: publishedBy?.name ?? null,
        })),
      ).toEqual([
        { version: 2, questionCount: 5, by: expect.any(String) },
        { version: 1, questionCount: 4, by: null },
      ]);

      const { client } = await newResearcher(harness);
      const missing = await client.post<ErrorBody>('/api/requests', {
        ...requestBody(serviceId(slug), 'v2'),
        answers: answersV1,
        questionSetVersion: 2,
      });
      expect(missing.status).toBe(400);
      expect(missing.body.details!.map((detail) => detail.field)).toEqual([
        'answers.storageTemperature',
      ]);
      const answered = await client.post<ServiceRequest>('/api/requests', {
        ...requestBody(serviceId(slug), 'v2'),
        answers: { ...answersV1, storageTemperature: 'nitrogen' },
      });
      expect(answered.status).toBe(201);
      expect(answered.body.questionSetVersion).toBe(2);
    });

    it('an edit based on an older version is a conflict, and stores nothing', async () => {
      const reply = await admin.post<ErrorBody>(path(), {
        basedOnVersion: 1,
        questions: LAUNCH_QUESTIONS[slug],
      });
      expect({ status: reply.status, code: reply.body.code }).toEqual({
        status: 409,
        code: 'VERSION_CONFLICT',
      });
      expect(
        (await admin.get<QuestionSetVersionList>(`${path()}/versions`)).body.items,
      ).toHaveLength(2);
    });

    it('a researcher answering the old questions is told they changed (409); an unknown version is a 422', async () => {
      const { client } = await newResearcher(harness);
      const stale = await client.post<ErrorBody>('/api/requests', {
        ...requestBody(serviceId(slug), 'stale'),
        answers: answersV1,
        questionSetVersion: 1,
      });
      expect({ status: stale.status, code: stale.body.code }).toEqual({
        status: 409,
        code: 'QUESTIONS_CHANGED',
      });
      const unknown = await client.post<ErrorBody>('/api/requests', {
        ...requestBody(serviceId(slug), 'future'),
        answers: answersV1,
        questionSetVersion: 9,
      });
      expect({
        status: unknown.status,
        code: unknown.body.code,
        fields: unknown.body.details?.map((d) => d.field),
      }).toEqual({
        status: 422,
        code: 'UNKNOWN_REFERENCE',
        fields: ['questionSetVersion'],
      });
      expect(await requestCount(client)).toBe(0);
    });

    it('an earlier request keeps the version it was answered under, which can still be read', async () => {
      const { body } = await earlierResearcher.get<ServiceRequest>(`/api/requests/${earlier.id}`);
      expect(body).toMatchObject({ questionSetVersion: 1, answers: answersV1 });
      const old = await harness
        .client()
        .get<QuestionSet>(`/api/services/${serviceId(slug)}/questions/versions/1`);
      expect(old.body).toMatchObject({ version: 1, questions: LAUNCH_QUESTIONS[slug] });
    });

    it('only administrators see the versions and publish', async () => {
      const researcher = (await newResearcher(harness)).client;
      const anonymous = harness.client();
      expect((await researcher.get(`${path()}/versions`)).status).toBe(403);
      expect((await researcher.post(path(), { basedOnVersion: 2, questions: [] })).status).toBe(
        403,
      );
      expect((await anonymous.get(`${path()}/versions`)).status).toBe(401);
      expect(
        (
          await admin.get(
            '/api/admin/services/00000000-0000-4000-8000-000000000000/questions/versions',
          )
        ).status,
      ).toBe(404);
    });
  });
});
