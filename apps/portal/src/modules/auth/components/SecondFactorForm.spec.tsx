import { fireEvent, screen, waitFor } from '@testing-library/react';
import { CSRF_COOKIE } from '../../../api/http-client';
import { QueryKeys } from '../../../api/query-keys';
import { anError, aUser } from '../../../test/factories';
import { json, mockFetch, setCookie } from '../../../test/fetch-mock';
import { renderWithProviders } from '../../../test/render';
import { SecondFactorForm } from './SecondFactorForm';

describe("the login's second-factor step", () => {
  beforeEach(() => setCookie(CSRF_COOKIE, 'csrf'));

  it('sends the code and then stores the user as /auth/me tells it', async () => {
    const user = aUser({ mfaEnabled: true });
    const { calls } = mockFetch(() => json(200, user));
    const { queryClient } = renderWithProviders(<SecondFactorForm onStartOver={() => {}} />);

    const code = screen.getByLabelText(/Code from the app/);
    await waitFor(() => expect(document.activeElement).toBe(code));
    fireEvent.change(code, { target: { value: '123456' } });
    fireEvent.click(screen.getByRole('button', { name: 'Confirm' }));

    await waitFor(() => expect(queryClient.getQueryData(QueryKeys.currentUser())).toEqual(user));
    expect(calls[0]).toMatchObject({
      url: '/api/auth/mfa/verify',
      method: 'POST',
      body: { code: '123456' },
    });
    expect(calls[1]?.url).toBe('/api/auth/me');
  });

  it('takes a recovery code instead, and says so when a code is wrong or used', async () => {
    const { calls } = mockFetch(() => json(401, anError(401, 'INVALID_CODE')));
    renderWithProviders(<SecondFactorForm onStartOver={() => {}} />);

    fireEvent.click(screen.getByRole('button', { name: 'Use a recovery code instead' }));
    fireEvent.change(screen.getByLabelText(/Recovery code/), {
      target: { value: 'abcd-efgh-jkmn' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Confirm' }));

    expect((await screen.findByRole('alert')).textContent).toContain(
      'The code is wrong or has already been used',
    );
    expect(calls[0]?.body).toEqual({ code: 'abcd-efgh-jkmn' });
  });
});
