import { screen } from '@testing-library/react';
import { StrictMode } from 'react';
import { CSRF_COOKIE } from '../../../api/http-client';
import { anError, aUser } from '../../../test/factories';
import { json, mockFetch, setCookie } from '../../../test/fetch-mock';
import { renderWithProviders } from '../../../test/render';
import VerifyEmailPage from './VerifyEmailPage';

const page = (
  <StrictMode>
    <VerifyEmailPage />
  </StrictMode>
);

describe('the page the verification link opens', () => {
  beforeEach(() => setCookie(CSRF_COOKIE, 'csrf'));

  it('confirms the address once, even with React checking effects twice, and leads on', async () => {
    let verified = false;
    const { calls } = mockFetch((call) => {
      if (call.url === '/api/auth/verify-email') {
        verified = true;
        return new Response(null, { status: 204 });
      }
      return json(200, aUser({ emailVerified: verified }));
    });
    renderWithProviders(page, { route: '/verify-email?token=abc', path: '/verify-email' });

    await screen.findByText('Your e-mail address is confirmed');
    expect(screen.getByRole('status').textContent).toContain('You can now submit requests.');
    expect(screen.getByRole('link', { name: 'Continue' }).getAttribute('href')).toBe('/requests');
    const posts = calls.filter((call) => call.url === '/api/auth/verify-email');
    expect(posts).toHaveLength(1);
    expect(posts[0]?.body).toEqual({ token: 'abc' });
  });

  it('explains an expired link and offers a new one to the signed-in, unverified user', async () => {
    mockFetch((call) =>
      call.url === '/api/auth/verify-email'
        ? json(400, anError(400, 'INVALID_TOKEN'))
        : json(200, aUser({ emailVerified: false, emailVerificationRequired: true })),
    );
    renderWithProviders(page, { route: '/verify-email?token=old', path: '/verify-email' });

    expect((await screen.findByRole('alert')).textContent).toContain('The link cannot be used');
    expect(await screen.findByRole('button', { name: 'Send the link again' })).toBeTruthy();
  });

  it('sends a visitor who is not logged in to log in first', async () => {
    const { calls } = mockFetch(() => json(401, anError(401, 'UNAUTHENTICATED')));
    renderWithProviders(page, { route: '/verify-email', path: '/verify-email' });

    expect((await screen.findByRole('alert')).textContent).toContain('The link cannot be used');
    expect((await screen.findByRole('link', { name: 'Log in' })).getAttribute('href')).toBe(
      '/login',
    );
    expect(calls.filter((call) => call.url === '/api/auth/verify-email')).toEqual([]);
  });
});
