import { fireEvent, screen, waitFor } from '@testing-library/react';
import { CSRF_COOKIE, CSRF_HEADER } from '../../../api/http-client';
import { descriptionOf, isInvalid } from '../../../test/dom';
import { aBiobank, anError, aRequest, aService } from '../../../test/factories';
import { json, mockFetch, setCookie } from '../../../test/fetch-mock';
import { renderWithProviders } from '../../../test/render';
import { requestsApi } from '../api/requests.api';
import { RequestForm } from './RequestForm';

const service = aService();
const biobanks = [
  aBiobank('DCB', 'Danish Cancer Biobank'),
  aBiobank('DRB', 'Danish Reuma Biobank'),
];

/** The form as the new-request page uses it: empty but for the user's institution. */
function renderForm(onCreated = vi.fn()) {
  renderWithProviders(
    <RequestForm
      services={[service]}
      biobanks={biobanks}
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
    />,
  );
  return onCreated;
}

function fillInValidRequest() {
  fireEvent.change(screen.getByLabelText(/^Title/), {
    target: { value: 'ctDNA in colorectal cancer' },
  });
  fireEvent.change(screen.getByLabelText(/^Service/), { target: { value: service.id } });
  fireEvent.click(screen.getByLabelText('Danish Cancer Biobank (DCB)'));
  fireEvent.change(screen.getByLabelText(/^Project description/), {
    target: { value: 'Validate a marker.' },
  });
  fireEvent.change(screen.getByLabelText(/^Principal investigator/), {
    target: { value: 'Ida Jensen' },
  });
}

describe('the request form', () => {
  beforeEach(() => setCookie(CSRF_COOKIE, 'csrf'));

  it('shows the values it is given and counts the title characters', () => {
    renderForm();
    expect((screen.getByLabelText(/^Institution/) as HTMLInputElement).value).toBe(
      'Rigshospitalet',
    );

    const title = screen.getByLabelText(/^Title/);
    fireEvent.change(title, { target: { value: 'Twelve chars' } });
    expect(descriptionOf(title)).toBe('12 of 200 characters');
  });

  it('shows every missing field next to it and moves focus to the first one', async () => {
    const { calls } = mockFetch(() => json(500));
    renderForm();

    fireEvent.click(screen.getByRole('button', { name: 'Submit request' }));

    const title = screen.getByLabelText(/^Title/);
    await waitFor(() => expect(isInvalid(title)).toBe(true));
    expect(document.activeElement).toBe(title);
    expect(descriptionOf(title)).toContain('This field is required');
    expect(descriptionOf(screen.getByLabelText(/^Service/))).toContain('Please choose an option');
    expect(descriptionOf(screen.getByRole('group', { name: /Biobanks/ }))).toContain(
      'Please choose at least one',
    );
    expect(descriptionOf(screen.getByLabelText(/^Project description/))).toContain(
      'This field is required',
    );
    expect(isInvalid(screen.getByLabelText(/^Ethics approval case number/))).toBe(false);
    expect(calls).toEqual([]);
  });

  it('submits the request the API contract describes and hands over the created request', async () => {
    const created = aRequest({ serviceId: service.id });
    const { calls } = mockFetch(() => json(201, created));
    const onCreated = renderForm();

    fillInValidRequest();
    fireEvent.click(screen.getByRole('button', { name: 'Submit request' }));

    await waitFor(() => expect(onCreated).toHaveBeenCalledWith(created));
    expect(calls[0]).toMatchObject({
      url: '/api/requests',
      method: 'POST',
      body: {
        title: 'ctDNA in colorectal cancer',
        serviceId: service.id,
        biobankCodes: ['DCB'],
        projectDescription: 'Validate a marker.',
        principalInvestigator: 'Ida Jensen',
        institution: 'Rigshospitalet',
        ethicsApprovalCaseNumber: '',
      },
    });
    expect(calls[0]?.headers.get(CSRF_HEADER)).toBe('csrf');
  });

  it('shows a reference the API no longer knows on the field it belongs to', async () => {
    mockFetch(() =>
      json(
        422,
        anError(422, 'UNKNOWN_REFERENCE', [
          { field: 'serviceId', code: 'UNKNOWN_REFERENCE', message: 'No such service' },
        ]),
      ),
    );
    renderForm();

    fillInValidRequest();
    fireEvent.click(screen.getByRole('button', { name: 'Submit request' }));

    const select = screen.getByLabelText(/^Service/);
    await waitFor(() => expect(isInvalid(select)).toBe(true));
    expect(descriptionOf(select)).toContain('One of the chosen items no longer exists.');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows an error without field details in an alert', async () => {
    mockFetch(() => json(500, anError(500, 'INTERNAL')));
    renderForm();

    fillInValidRequest();
    fireEvent.click(screen.getByRole('button', { name: 'Submit request' }));

    expect((await screen.findByRole('alert')).textContent).toContain('The server had a problem');
  });
});
