import { fireEvent, screen, waitFor } from '@testing-library/react';
import { CSRF_COOKIE } from '../../../api/http-client';
import { QueryKeys } from '../../../api/query-keys';
import { anError, aUser } from '../../../test/factories';
import { descriptionOf, isInvalid } from '../../../test/dom';
import { json, mockFetch, setCookie } from '../../../test/fetch-mock';
import { renderWithProviders, testQueryClient } from '../../../test/render';
import { ProfileForm } from './ProfileForm';

describe('the profile on the account page', () => {
  beforeEach(() => setCookie(CSRF_COOKIE, 'csrf'));

  it('saves a new name at once, for the whole portal', async () => {
    const user = aUser();
    const queryClient = testQueryClient();
    queryClient.setQueryData(QueryKeys.currentUser(), user);
    const { calls } = mockFetch((call) => json(200, { ...user, ...(call.body as object) }));
    renderWithProviders(<ProfileForm user={user} />, { queryClient });

    fireEvent.change(screen.getByLabelText(/^Full name/), { target: { value: 'Rikke Ny' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save profile' }));

    await screen.findByText('Your profile has been saved.');
    expect(calls[0]).toMatchObject({ url: '/api/auth/me', method: 'PATCH' });
    expect(queryClient.getQueryData(QueryKeys.currentUser())).toMatchObject({ name: 'Rikke Ny' });
  });

  it('asks to confirm a new address from its mailbox, and keeps the old one until then', async () => {
    const user = aUser();
    mockFetch(() => json(200, user));
    renderWithProviders(<ProfileForm user={user} />);

    const email = screen.getByLabelText(/^E-mail address/) as HTMLInputElement;
    fireEvent.change(email, { target: { value: 'New@Example.org' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save profile' }));

    await screen.findByText(/Check your new address: we have mailed a link to new@example.org/);
    expect(screen.getByRole('status').textContent).toContain(
      'your account keeps using researcher@example.org',
    );
    expect(email.value).toBe('researcher@example.org');
  });

  it('marks an address another account has on its field', async () => {
    const user = aUser();
    mockFetch(() =>
      json(
        409,
        anError(409, 'EMAIL_TAKEN', [{ field: 'email', code: 'EMAIL_TAKEN', message: 'taken' }]),
      ),
    );
    renderWithProviders(<ProfileForm user={user} />);

    const email = screen.getByLabelText(/^E-mail address/);
    fireEvent.change(email, { target: { value: 'taken@example.org' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save profile' }));

    await waitFor(() => expect(isInvalid(email)).toBe(true));
    expect(descriptionOf(email)).toContain('An account with this e-mail address already exists.');
  });
});
