import { fireEvent, screen, waitFor } from '@testing-library/react';
import { CSRF_COOKIE } from '../../../api/http-client';
import { i18n } from '../../../i18n/i18n';
import { anError, aUser } from '../../../test/factories';
import { descriptionOf, isInvalid } from '../../../test/dom';
import { json, mockFetch, setCookie } from '../../../test/fetch-mock';
import { renderWithProviders } from '../../../test/render';
import { RegisterForm } from './RegisterForm';

function fillIn() {
  fireEvent.change(screen.getByLabelText(/Full name/), { target: { value: 'Rikke Researcher' } });
  fireEvent.change(screen.getByLabelText(/E-mail address/), {
    target: { value: 'rikke@example.org' },
  });
  fireEvent.change(screen.getByLabelText(/^Password/), {
    target: { value: 'a-long-enough-password' },
  });
  fireEvent.change(screen.getByLabelText(/^Institution/), {
    target: { value: 'Aarhus University' },
  });
  fireEvent.click(screen.getByRole('button', { name: 'Create account' }));
}

describe('the registration form', () => {
  beforeEach(() => setCookie(CSRF_COOKIE, 'csrf'));

  it('shows an e-mail that is already registered on the e-mail field', async () => {
    // As the API answers: the code, and the field it concerns.
    mockFetch(() =>
      json(
        409,
        anError(409, 'EMAIL_TAKEN', [
          { field: 'email', code: 'EMAIL_TAKEN', message: 'An account exists' },
        ]),
      ),
    );
    renderWithProviders(<RegisterForm />);

    fillIn();

    const email = screen.getByLabelText(/E-mail address/);
    await waitFor(() => expect(isInvalid(email)).toBe(true));
    expect(descriptionOf(email)).toContain('An account with this e-mail address already exists.');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it("puts the API's field errors onto the matching fields", async () => {
    mockFetch(() =>
      json(
        400,
        anError(400, 'VALIDATION_FAILED', [
          { field: 'institution', code: 'too_big', message: 'Too long' },
        ]),
      ),
    );
    renderWithProviders(<RegisterForm />);

    fillIn();

    const institution = screen.getByLabelText(/^Institution/);
    await waitFor(() => expect(isInvalid(institution)).toBe(true));
    expect(descriptionOf(institution)).toContain('Too long');
  });

  it('registers in the language the user is reading', async () => {
    await i18n.changeLanguage('da');
    const { calls } = mockFetch(() => json(201, aUser({ locale: 'da' })));
    renderWithProviders(<RegisterForm />);

    fireEvent.change(screen.getByLabelText(/Fulde navn/), { target: { value: 'Rikke' } });
    fireEvent.change(screen.getByLabelText(/E-mailadresse/), {
      target: { value: 'rikke@example.org' },
    });
    fireEvent.change(screen.getByLabelText(/^Adgangskode/), {
      target: { value: 'a-long-enough-password' },
    });
    fireEvent.change(screen.getByLabelText(/^Institution/), { target: { value: 'AU' } });
    fireEvent.click(screen.getByRole('button', { name: 'Opret konto' }));

    // Registering, then reading the new user as /auth/me tells it.
    await waitFor(() => expect(calls).toHaveLength(2));
    expect(calls[1]?.url).toBe('/api/auth/me');
    expect(calls[0]?.body).toMatchObject({
      name: 'Rikke',
      email: 'rikke@example.org',
      locale: 'da',
    });
  });
});
