import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Draft, QuestionSet } from '@bgb/contracts';
import { isInvalid } from '../../../test/dom';
import { aBiobank, aDraft, anError, aRequest, aService, aUser } from '../../../test/factories';
import { json, mockFetch, type RecordedCall } from '../../../test/fetch-mock';
import { renderWithProviders } from '../../../test/render';
import DraftPage from './DraftPage';

const service = aService();
const questions = (version: number, extra = false): QuestionSet => ({
  serviceId: service.id,
  version,
  publishedAt: '2026-03-02T09:30:00.000Z',
  questions: [
    {
      key: 'markerType',
      kind: 'text',
      label: { da: 'Type af biomarkør', en: 'Type of biomarker' },
      required: true,
    },
    ...(extra
      ? [
          {
            key: 'partner',
            kind: 'yes_no' as const,
            label: { da: 'Partner?', en: 'Industry partner?' },
            required: true,
          },
        ]
      : []),
  ],
});

/** A draft with everything but the answers to its service's questions. */
const complete = (overrides: Partial<Draft> = {}) =>
  aDraft({
    title: 'ctDNA in colorectal cancer',
    serviceId: service.id,
    biobankCodes: ['DCB'],
    projectDescription: 'Validate a marker.',
    principalInvestigator: 'Ida Jensen',
    institution: 'Rigshospitalet',
    missing: [],
    ...overrides,
  });

function openDraft(draft: Draft, answer: (call: RecordedCall) => Response | undefined) {
  const { calls } = mockFetch((call) => {
    if (call.url === '/api/services') return json(200, [service]);
    if (call.url === '/api/biobanks') return json(200, [aBiobank('DCB', 'Danish Cancer Biobank')]);
    if (call.url === '/api/auth/me') return json(200, aUser());
    if (call.url === '/api/auth/csrf') return json(200, { token: 'token' });
    if (call.method === 'GET' && call.url === `/api/drafts/${draft.id}`) return json(200, draft);
    const answered = answer(call);
    if (answered) return answered;
    const body = call.body as Partial<Draft> & { version: number };
    return json(200, { ...draft, ...body, version: body.version + 1 });
  });
  renderWithProviders(<DraftPage />, { route: `/drafts/${draft.id}`, path: '/drafts/:id' });
  return { puts: () => calls.filter((call) => call.method === 'PUT') };
}

// The row of steps comes first; the review step has its own "Go to" buttons.
const step = (name: RegExp) => fireEvent.click(screen.getAllByRole('button', { name })[0]);

describe('the step form with the service’s own questions', () => {
  it('asks them, lists an unanswered one on the review step and saves the answers with their version', async () => {
    const page = openDraft(complete(), (call) =>
      call.url === `/api/services/${service.id}/questions` ? json(200, questions(3)) : undefined,
    );
    await screen.findByLabelText(/^Title/);
    step(/Review and submit/);
    const missing = await screen.findByRole('region', {
      name: 'Still missing before you can submit',
    });
    expect(
      within(missing)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Type of biomarker Go to Samples and data']);
    expect(
      (screen.getByRole('button', { name: 'Submit request' }) as HTMLButtonElement).disabled,
    ).toBe(true);

    fireEvent.click(within(missing).getByRole('button', { name: 'Go to Samples and data' }));
    const field = await screen.findByLabelText(/^Type of biomarker/);
    fireEvent.blur(field);
    await waitFor(() => expect(isInvalid(field)).toBe(true));
    fireEvent.change(field, { target: { value: 'Proteomic' } });

    await waitFor(
      () =>
        expect(page.puts().at(-1)?.body).toMatchObject({
          answers: { markerType: 'Proteomic' },
          questionSetVersion: 3,
        }),
      {
        timeout: 6000,
      },
    );
    step(/Review and submit/);
    expect(
      await screen.findByText('Everything needed is filled in. Check it once more, then submit.'),
    ).toBeTruthy();
    expect(screen.getByText('Proteomic')).toBeTruthy();
  });

  it('keeps the answers to the questions a newer version still asks, and drops the rest', async () => {
    const page = openDraft(
      complete({ questionSetVersion: 1, answers: { markerType: 'Genomic', retired: 'x' } }),
      (call) =>
        call.url === `/api/services/${service.id}/questions`
          ? json(200, questions(2, true))
          : undefined,
    );
    await screen.findByLabelText(/^Title/);
    await waitFor(() => expect(page.puts().at(-1)?.body).toMatchObject({ questionSetVersion: 2 }), {
      timeout: 6000,
    });
    expect((page.puts().at(-1)?.body as Draft).answers).toEqual({ markerType: 'Genomic' });
  });

  it('reloads the questions when they changed before submission, and tells the researcher', async () => {
    let version = 1;
    openDraft(complete({ questionSetVersion: 1, answers: { markerType: 'Proteomic' } }), (call) => {
      if (call.url.endsWith('/submit')) {
        version = 2;
        return json(409, anError(409, 'QUESTIONS_CHANGED'));
      }
      if (call.url === `/api/services/${service.id}/questions`)
        return json(200, questions(version, version === 2));
      return call.method === 'POST' ? json(201, aRequest()) : undefined;
    });
    await screen.findByLabelText(/^Title/);
    step(/Review and submit/);
    fireEvent.click(await screen.findByRole('button', { name: 'Submit request' }));

    expect(await screen.findByText(/The questions for this service have changed/)).toBeTruthy();
    step(/Samples and data/);
    expect(await screen.findByText('The questions have changed')).toBeTruthy();
    expect(await screen.findByRole('radiogroup', { name: /^Industry partner\?/ })).toBeTruthy();
  });
});
