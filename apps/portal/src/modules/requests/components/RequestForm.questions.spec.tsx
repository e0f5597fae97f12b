import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { QuestionSet } from '@bgb/contracts';
import { CSRF_COOKIE } from '../../../api/http-client';
import { isInvalid } from '../../../test/dom';
import { aBiobank, anError, aRequest, aService } from '../../../test/factories';
import { json, mockFetch, setCookie } from '../../../test/fetch-mock';
import { renderWithProviders } from '../../../test/render';
import { requestsApi } from '../api/requests.api';
import { RequestForm } from './RequestForm';

const service = aService();
const questions = (version: number, extra = false): QuestionSet => ({
  serviceId: service.id,
  version,
  publishedAt: '2026-03-02T09:30:00.000Z',
  questions: [
    { key: 'markerType', kind: 'text', label: { da: 'Type af biomarkør', en: 'Type of biomarker' }, required: true },
    ...(extra ? [{ key: 'partner', kind: 'yes_no' as const, label: { da: 'Partner?', en: 'Industry partner?' }, required: true }] : []),
  ],
});

function renderNewRequestForm(onCreated = vi.fn()) {
  renderWithProviders(
    <RequestForm
      services={[service]}
      biobanks={[aBiobank('DCB', 'Danish Cancer Biobank')]}
      defaultValues={{
        title: '',
        serviceId: '',
        biobankCodes: [],
        projectDescription: '',
        principalInvestigator: '',
        institution: 'Rigshospitalet',
        ethicsApprovalCaseNumber: '',
      }}
      submitLabel="Submit request"
      onSubmit={(values) => requestsApi.create(values).then(onCreated)}
      askServiceQuestions
    />,
  );
  return onCreated;
}

function fillInRequest() {
  fireEvent.change(screen.getByLabelText(/^Title/), { target: { value: 'ctDNA in colorectal cancer' } });
  fireEvent.change(screen.getByLabelText(/^Service/), { target: { value: service.id } });
  fireEvent.click(screen.getByLabelText('Danish Cancer Biobank (DCB)'));
  fireEvent.change(screen.getByLabelText(/^Project description/), { target: { value: 'Validate a marker.' } });
  fireEvent.change(screen.getByLabelText(/^Principal investigator/), { target: { value: 'Ida Jensen' } });
}

describe('the new-request form with the service questions', () => {
  beforeEach(() => setCookie(CSRF_COOKIE, 'csrf'));

  it('asks the chosen service’s questions, flags a missing answer and sends the answers with their version', async () => {
    const { calls } = mockFetch((call) => (call.method === 'POST' ? json(201, aRequest()) : json(200, questions(3))));
    const onCreated = renderNewRequestForm();
    fillInRequest();
    const field = await screen.findByLabelText(/^Type of biomarker/);

    fireEvent.click(screen.getByRole('button', { name: 'Submit request' }));
    await waitFor(() => expect(isInvalid(field)).toBe(true));
    expect(calls.some((call) => call.method === 'POST')).toBe(false);

    fireEvent.change(field, { target: { value: 'Proteomic' } });
    fireEvent.click(screen.getByRole('button', { name: 'Submit request' }));
    await waitFor(() => expect(onCreated).toHaveBeenCalled());
    expect(calls.find((call) => call.method === 'POST')?.body).toMatchObject({
      serviceId: service.id,
      answers: { markerType: 'Proteomic' },
      questionSetVersion: 3,
    });
  });

  it('reloads the questions when the server says they changed, and tells the researcher', async () => {
    let version = 1;
    mockFetch((call) => {
      if (call.method === 'POST') {
        version = 2;
        return json(409, anError(409, 'QUESTIONS_CHANGED'));
      }
      return json(200, questions(version, version === 2));
    });
    renderNewRequestForm();
    fillInRequest();
    fireEvent.change(await screen.findByLabelText(/^Type of biomarker/), { target: { value: 'Proteomic' } });
    fireEvent.click(screen.getByRole('button', { name: 'Submit request' }));

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('The questions have changed')).toBeTruthy();
    expect(await screen.findByRole('radiogroup', { name: /^Industry partner\?/ })).toBeTruthy();
  });

  it('puts the API’s error about an answer on its question', async () => {
    mockFetch((call) =>
      call.method === 'POST'
        ? json(400, anError(400, 'VALIDATION_FAILED', [{ field: 'answers.markerType', code: 'custom', message: 'Not a marker type we know' }]))
        : json(200, questions(1)),
    );
    renderNewRequestForm();
    fillInRequest();
    const field = await screen.findByLabelText(/^Type of biomarker/);
    fireEvent.change(field, { target: { value: 'Proteomic' } });
    fireEvent.click(screen.getByRole('button', { name: 'Submit request' }));
    expect(await screen.findByText('Not a marker type we know')).toBeTruthy();
    expect(isInvalid(field)).toBe(true);
  });
});
