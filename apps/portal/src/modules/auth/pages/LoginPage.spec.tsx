import { INSTITUTIONAL_SIGN_IN_ERRORS } from '@bgb/contracts';
import { screen, waitFor } from '@testing-library/react';
import { CSRF_COOKIE } from '../../../api/http-client';
import da from '../../../i18n/da.json';
import en from '../../../i18n/en.json';
import { json, mockFetch, setCookie } from '../../../test/fetch-mock';
import { renderWithProviders } from '../../../test/render';
import LoginPage from './LoginPage';
import RegisterPage from './RegisterPage';

const nobody = json(401, { statusCode: 401, error: 'x', code: 'UNAUTHENTICATED', message: '' });

function withProviders(oidc: { displayName: string } | null) {
  mockFetch((call) => (call.url === '/api/auth/providers' ? json(200, { oidc }) : nobody.clone()));
}

describe('institutional sign-in on the login and registration pages', () => {
  beforeEach(() => setCookie(CSRF_COOKIE, 'csrf'));

  it('offers "Sign in with <institution>", keeping the page the visitor was heading for', async () => {
    withProviders({ displayName: 'WAYF' });
    renderWithProviders(<LoginPage />, { path: '/login', route: '/login?next=%2Frequests%2Fnew' });

    const link = await screen.findByRole('link', { name: 'Sign in with WAYF' });
    expect(link.getAttribute('href')).toBe('/api/auth/oidc/login?next=%2Frequests%2Fnew');
    expect(screen.getByText('or with e-mail and password')).toBeTruthy();
  });

  it('offers it when registering too', async () => {
    withProviders({ displayName: 'WAYF' });
    renderWithProviders(<RegisterPage />, { path: '/register', route: '/register' });

    const link = await screen.findByRole('link', { name: 'Sign in with WAYF' });
    expect(link.getAttribute('href')).toBe('/api/auth/oidc/login');
  });

  it('offers nothing when the portal has no institutional sign-in', async () => {
    withProviders(null);
    renderWithProviders(<LoginPage />, { path: '/login', route: '/login' });

    await screen.findByRole('button', { name: 'Log in' });
    await waitFor(() => expect(screen.queryByRole('link', { name: /Sign in with/ })).toBeNull());
  });

  it('explains why the sign-in at the institution did not work', async () => {
    withProviders({ displayName: 'WAYF' });
    renderWithProviders(<LoginPage />, {
      path: '/login',
      route: '/login?error=oidc_email_unverified',
    });

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('E-mail address not confirmed');
    await waitFor(() => expect(alert.textContent).toContain('WAYF has not confirmed'));
  });

  it('ignores an error code it does not know', async () => {
    withProviders({ displayName: 'WAYF' });
    renderWithProviders(<LoginPage />, { path: '/login', route: '/login?error=<script>' });

    await screen.findByRole('link', { name: 'Sign in with WAYF' });
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it.each([
    ['da', da],
    ['en', en],
  ])('has a title and text for every reason in %s', (_locale, texts) => {
    const errors = texts.institutionalSignIn.errors as Record<
      string,
      { title: string; text: string }
    >;
    expect(Object.keys(errors).sort()).toEqual([...INSTITUTIONAL_SIGN_IN_ERRORS].sort());
  });
});
