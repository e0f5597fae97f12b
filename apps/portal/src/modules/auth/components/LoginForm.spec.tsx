import { fireEvent, screen, waitFor } from '@testing-library/react';
import { CSRF_COOKIE, CSRF_HEADER } from '../../../api/http-client';
import { QueryKeys } from '../../../api/query-keys';
import { anError, aUser } from '../../../test/factories';
import { descriptionOf, isInvalid } from '../../../test/dom';
import { json, mockFetch, setCookie } from '../../../test/fetch-mock';
import { renderWithProviders } from '../../../test/render';
import { LoginForm } from './LoginForm';

function fillIn(email: string, password: string) {
  fireEvent.change(screen.getByLabelText(/E-mail address/), { target: { value: email } });
  fireEvent.change(screen.getByLabelText(/^Password/), { target: { value: password } });
}

describe('the login form', () => {
  beforeEach(() => setCookie(CSRF_COOKIE, 'csrf'));

  it('shows field errors from the shared schema, linked to their fields, without calling the API', async () => {
    const { calls } = mockFetch(() => json(500));
    renderWithProviders(<LoginForm onSecondFactor={() => {}} />);

    fireEvent.click(screen.getByRole('button', { name: 'Log in' }));

    const email = screen.getByLabelText(/E-mail address/);
    await waitFor(() => expect(isInvalid(email)).toBe(true));
    expect(descriptionOf(email)).toBe('This field is required');
    expect(isInvalid(screen.getByLabelText(/^Password/))).toBe(true);
    expect(document.activeElement).toBe(email);
    expect(calls).toEqual([]);
  });

  it('says so in an alert when the e-mail or password is wrong', async () => {
    mockFetch(() => json(401, anError(401, 'INVALID_CREDENTIALS')));
    renderWithProviders(<LoginForm onSecondFactor={() => {}} />);

    fillIn('researcher@example.org', 'wrong password');
    fireEvent.click(screen.getByRole('button', { name: 'Log in' }));

    expect((await screen.findByRole('alert')).textContent).toContain(
      'The e-mail address or password is incorrect.',
    );
  });

  it('tells the user to wait after too many attempts', async () => {
    mockFetch(() => {
      const refused = json(429, anError(429, 'RATE_LIMITED'));
      refused.headers.set('Retry-After', '600');
      return refused;
    });
    renderWithProviders(<LoginForm onSecondFactor={() => {}} />);

    fillIn('researcher@example.org', 'whatever');
    fireEvent.click(screen.getByRole('button', { name: 'Log in' }));

    expect((await screen.findByRole('alert')).textContent).toContain(
      'Too many attempts — wait 10 minutes and try again.',
    );
  });

  it('logs in with the normalised e-mail and stores the user for the whole app', async () => {
    const user = aUser();
    const { calls } = mockFetch(() => json(200, user));
    const { queryClient } = renderWithProviders(<LoginForm onSecondFactor={() => {}} />);

    fillIn('  Researcher@Example.org ', 'Biobank-demo-2026');
    fireEvent.click(screen.getByRole('button', { name: 'Log in' }));

    await waitFor(() => expect(queryClient.getQueryData(QueryKeys.currentUser())).toEqual(user));
    expect(calls[0]).toMatchObject({
      url: '/api/auth/login',
      method: 'POST',
      body: { email: 'researcher@example.org', password: 'Biobank-demo-2026' },
    });
    expect(calls[0]?.headers.get(CSRF_HEADER)).toBe('csrf');
  });

  it('asks for the second factor when the account has one, and stores nobody yet', async () => {
    const { calls } = mockFetch(() => json(200, { mfaRequired: true }));
    const onSecondFactor = vi.fn();
    const { queryClient } = renderWithProviders(<LoginForm onSecondFactor={onSecondFactor} />);

    fillIn('admin@example.org', 'Biobank-demo-2026');
    fireEvent.click(screen.getByRole('button', { name: 'Log in' }));

    await waitFor(() => expect(onSecondFactor).toHaveBeenCalled());
    expect(queryClient.getQueryData(QueryKeys.currentUser())).toBeUndefined();
    expect(calls.map((call) => call.url)).toEqual(['/api/auth/login']);
  });
});
