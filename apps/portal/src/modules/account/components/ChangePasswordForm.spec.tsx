import { fireEvent, screen, waitFor } from '@testing-library/react';
import { CSRF_COOKIE } from '../../../api/http-client';
import { anError } from '../../../test/factories';
import { descriptionOf, isInvalid } from '../../../test/dom';
import { json, mockFetch, setCookie } from '../../../test/fetch-mock';
import { renderWithProviders } from '../../../test/render';
import { ChangePasswordForm } from './ChangePasswordForm';

function change(current: string, next: string) {
  fireEvent.change(screen.getByLabelText(/^Current password/), { target: { value: current } });
  fireEvent.change(screen.getByLabelText(/^New password/), { target: { value: next } });
  fireEvent.change(screen.getByLabelText(/^Repeat the new password/), { target: { value: next } });
  fireEvent.click(screen.getByRole('button', { name: 'Change password' }));
}

describe('changing the password on the account page', () => {
  beforeEach(() => setCookie(CSRF_COOKIE, 'csrf'));

  it.each([
    [
      'WRONG_PASSWORD',
      400,
      'currentPassword',
      /^Current password/,
      'Your current password is not right.',
    ],
    ['WEAK_PASSWORD', 422, 'newPassword', /^New password/, 'This password is too easy to guess.'],
  ] as const)('shows %s on its field', async (code, status, field, label, text) => {
    mockFetch(() => json(status, anError(status, code, [{ field, code, message: code }])));
    renderWithProviders(<ChangePasswordForm />);

    change('the old passphrase', 'a brand new passphrase');

    const input = screen.getByLabelText(label);
    await waitFor(() => expect(isInvalid(input)).toBe(true));
    expect(descriptionOf(input)).toContain(text);
    expect(document.activeElement).toBe(input);
  });

  it('says that the other devices are logged out, and empties the fields', async () => {
    const { calls } = mockFetch(() => new Response(null, { status: 204 }));
    renderWithProviders(<ChangePasswordForm />);

    change('the old passphrase', 'a brand new passphrase');

    await screen.findByText(/You were logged out on your other devices\./);
    expect(screen.getByRole('status').textContent).toContain('Your password has been changed.');
    expect((screen.getByLabelText(/^Current password/) as HTMLInputElement).value).toBe('');
    expect(calls[0]).toMatchObject({
      url: '/api/auth/me/password',
      method: 'PUT',
      body: { currentPassword: 'the old passphrase', newPassword: 'a brand new passphrase' },
    });
  });
});
