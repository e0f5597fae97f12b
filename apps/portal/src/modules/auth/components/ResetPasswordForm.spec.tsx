import { fireEvent, screen, waitFor } from '@testing-library/react';
import { CSRF_COOKIE } from '../../../api/http-client';
import { anError } from '../../../test/factories';
import { descriptionOf, isInvalid } from '../../../test/dom';
import { json, mockFetch, setCookie } from '../../../test/fetch-mock';
import { renderWithProviders } from '../../../test/render';
import { ResetPasswordForm } from './ResetPasswordForm';

function choose(password: string, repeat = password) {
  fireEvent.change(screen.getByLabelText(/^New password/), { target: { value: password } });
  fireEvent.change(screen.getByLabelText(/^Repeat the new password/), {
    target: { value: repeat },
  });
  fireEvent.click(screen.getByRole('button', { name: 'Save new password' }));
}

describe('the form that sets a new password from the reset link', () => {
  beforeEach(() => setCookie(CSRF_COOKIE, 'csrf'));

  it('asks for the same password twice before calling the API', async () => {
    const { calls } = mockFetch(() => json(500));
    renderWithProviders(<ResetPasswordForm token="t" onDone={() => {}} />);

    choose('a long enough passphrase', 'a long enough passfrase');

    const repeat = screen.getByLabelText(/^Repeat the new password/);
    await waitFor(() => expect(isInvalid(repeat)).toBe(true));
    expect(descriptionOf(repeat)).toBe('The two passwords are not the same');
    expect(calls).toEqual([]);
  });

  it('puts the API’s verdict on a guessable password on the password field', async () => {
    mockFetch(() =>
      json(
        422,
        anError(422, 'WEAK_PASSWORD', [
          { field: 'password', code: 'WEAK_PASSWORD', message: 'common' },
        ]),
      ),
    );
    renderWithProviders(<ResetPasswordForm token="t" onDone={() => {}} />);

    choose('password1234');

    const password = screen.getByLabelText(/^New password/);
    await waitFor(() => expect(isInvalid(password)).toBe(true));
    expect(descriptionOf(password)).toContain('This password is too easy to guess.');
    expect(document.activeElement).toBe(password);
  });

  it('explains a used link and where to get a new one', async () => {
    mockFetch(() => json(400, anError(400, 'INVALID_TOKEN')));
    renderWithProviders(<ResetPasswordForm token="t" onDone={() => {}} />);

    choose('a long enough passphrase');

    expect((await screen.findByRole('alert')).textContent).toContain('The link cannot be used');
    expect(screen.getByRole('link', { name: 'Ask for a new link' }).getAttribute('href')).toBe(
      '/forgot-password',
    );
  });

  it('sends the token with the new password and reports success', async () => {
    const onDone = vi.fn();
    const { calls } = mockFetch((call) =>
      call.url === '/api/auth/me' ? json(401) : new Response(null, { status: 204 }),
    );
    renderWithProviders(<ResetPasswordForm token="tok" onDone={onDone} />);

    choose('a long enough passphrase');

    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(calls[0]).toMatchObject({
      url: '/api/auth/password-reset/confirm',
      body: { token: 'tok', password: 'a long enough passphrase' },
    });
  });
});
