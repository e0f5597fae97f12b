import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Question, QuestionSet } from '@bgb/contracts';
import { CSRF_COOKIE } from '../../../api/http-client';
import { anError, aService } from '../../../test/factories';
import { json, mockFetch, setCookie } from '../../../test/fetch-mock';
import { renderWithProviders } from '../../../test/render';
import ServiceQuestionsPage from './ServiceQuestionsPage';

const service = aService({
  slug: 'feasibility-inquiry',
  name: { da: 'Forespørgsel', en: 'Feasibility inquiry' },
});
const diagnosis: Question = {
  key: 'diagnosis',
  kind: 'text',
  label: { da: 'Diagnose', en: 'Diagnosis' },
  required: true,
  maxLength: 300,
};
const setOf = (version: number, questions: Question[]): QuestionSet => ({
  serviceId: service.id,
  version,
  questions,
  publishedAt: '2026-03-02T09:30:00.000Z',
});

/** The API as the page sees it: one service, whose current version the test controls. */
function api(options: {
  current: QuestionSet;
  onPublish: (body: { basedOnVersion: number; questions: Question[] }) => Response;
}) {
  let current = options.current;
  return mockFetch((call) => {
    if (call.url === '/api/services') return json(200, [service]);
    if (call.url.endsWith('/questions/versions')) {
      return json(200, {
        items: [
          {
            version: current.version,
            publishedAt: current.publishedAt,
            publishedBy: null,
            questionCount: current.questions.length,
          },
        ],
      });
    }
    if (call.method === 'POST') {
      const reply = options.onPublish(
        call.body as { basedOnVersion: number; questions: Question[] },
      );
      if (reply.status === 201)
        current = setOf(current.version + 1, (call.body as { questions: Question[] }).questions);
      return reply;
    }
    return json(200, current);
  });
}

describe('the service questions page', () => {
  beforeEach(() => setCookie(CSRF_COOKIE, 'csrf'));

  it('adds a yes/no question, previews it as a researcher would see it, and publishes it as the next version', async () => {
    const { calls } = api({
      current: setOf(1, [diagnosis]),
      onPublish: (body) => json(201, setOf(2, body.questions)),
    });
    renderWithProviders(<ServiceQuestionsPage />);

    expect(await screen.findByText(/Current version: 1/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Add a question' }));
    const added = screen.getByRole('group', { name: /^Question 2/ });
    fireEvent.change(within(added).getByLabelText(/^Key/), { target: { value: 'hasCohort' } });
    fireEvent.change(within(added).getByLabelText(/^Kind of answer/), {
      target: { value: 'yes_no' },
    });
    fireEvent.change(within(added).getByLabelText(/^Question in English/), {
      target: { value: 'Do you have a cohort?' },
    });
    fireEvent.change(within(added).getByLabelText(/^Question in Danish/), {
      target: { value: 'Har du en kohorte?' },
    });
    fireEvent.click(within(added).getByLabelText('An answer is required'));

    fireEvent.click(screen.getByRole('button', { name: 'Preview' }));
    const preview = await screen.findByRole('dialog', {
      name: 'The questions as a researcher sees them',
    });
    expect(
      within(preview).getByRole('radiogroup', { name: /^Do you have a cohort\?/ }),
    ).toBeTruthy();
    fireEvent.click(within(preview).getByRole('button', { name: 'Close' }));

    fireEvent.click(screen.getByRole('button', { name: 'Publish as version 2' }));
    expect(await screen.findByText(/Version 2 is published/)).toBeTruthy();
    const published = calls.find((call) => call.method === 'POST')!;
    expect(published.url).toBe(`/api/admin/services/${service.id}/questions`);
    expect(published.body).toEqual({
      basedOnVersion: 1,
      questions: [
        diagnosis,
        {
          key: 'hasCohort',
          kind: 'yes_no',
          label: { da: 'Har du en kohorte?', en: 'Do you have a cohort?' },
          required: true,
        },
      ],
    });
  });

  it('refuses a choice without options before anything is sent', async () => {
    const { calls } = api({
      current: setOf(1, [diagnosis]),
      onPublish: (body) => json(201, setOf(2, body.questions)),
    });
    renderWithProviders(<ServiceQuestionsPage />);

    const first = await screen.findByRole('group', { name: /^Question 1/ });
    fireEvent.change(within(first).getByLabelText(/^Kind of answer/), {
      target: { value: 'single_choice' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Publish as version 2' }));
    expect(
      await screen.findByText('Question diagnosis needs at least two options to choose from'),
    ).toBeTruthy();
    expect(calls.some((call) => call.method === 'POST')).toBe(false);
  });

  it('explains a conflict when someone else published first, and reloads their version', async () => {
    const theirs = setOf(2, [
      diagnosis,
      { ...diagnosis, key: 'cohort', label: { da: 'Kohorte', en: 'Cohort' } },
    ]);
    let published = false;
    mockFetch((call) => {
      if (call.url === '/api/services') return json(200, [service]);
      if (call.url.endsWith('/questions/versions')) return json(200, { items: [] });
      if (call.method === 'POST') {
        published = true;
        return json(409, anError(409, 'VERSION_CONFLICT'));
      }
      return json(200, published ? theirs : setOf(1, [diagnosis]));
    });
    renderWithProviders(<ServiceQuestionsPage />);

    fireEvent.click(await screen.findByRole('button', { name: 'Publish as version 2' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Someone else published in the meantime');
    fireEvent.click(within(alert).getByRole('button', { name: 'Reload the questions' }));
    await waitFor(() => expect(screen.getByText(/Current version: 2/)).toBeTruthy());
    expect(screen.getByRole('group', { name: /^Question 2: Cohort/ })).toBeTruthy();
  });
});
