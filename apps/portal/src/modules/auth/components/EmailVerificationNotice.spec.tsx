import { fireEvent, screen } from '@testing-library/react';
import { ApiError } from '../../../api/api-error';
import { CSRF_COOKIE } from '../../../api/http-client';
import { QueryKeys } from '../../../api/query-keys';
import { anError, aUser } from '../../../test/factories';
import { json, mockFetch, setCookie } from '../../../test/fetch-mock';
import { renderWithProviders, testQueryClient } from '../../../test/render';
import { EmailVerificationNotice } from './EmailVerificationNotice';

function withUser(overrides: Parameters<typeof aUser>[0]) {
  const queryClient = testQueryClient();
  queryClient.setQueryData(QueryKeys.currentUser(), aUser(overrides));
  return queryClient;
}

describe('the notice for a researcher whose address is not verified', () => {
  beforeEach(() => setCookie(CSRF_COOKIE, 'csrf'));

  it('is not there when the portal does not wait for verification', () => {
    renderWithProviders(<EmailVerificationNotice />, {
      queryClient: withUser({ emailVerified: false, emailVerificationRequired: false }),
    });
    expect(screen.queryByRole('button', { name: 'Send the link again' })).toBeNull();
  });

  it('sends the link again and says so', async () => {
    const { calls } = mockFetch(() => new Response(null, { status: 202 }));
    renderWithProviders(<EmailVerificationNotice />, {
      queryClient: withUser({ emailVerified: false, emailVerificationRequired: true }),
    });
    expect(screen.getByText('Confirm your e-mail address to submit requests')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Send the link again' }));

    expect((await screen.findByRole('status')).textContent).toContain(
      'A new link is on its way to researcher@example.org',
    );
    expect(calls[0]).toMatchObject({ url: '/api/auth/verify-email/resend', method: 'POST' });
  });

  it('tells how long to wait when asked too often', async () => {
    mockFetch(() => {
      const refused = json(429, anError(429, 'RATE_LIMITED'));
      refused.headers.set('Retry-After', '30');
      return refused;
    });
    renderWithProviders(<EmailVerificationNotice />, {
      queryClient: withUser({ emailVerified: false, emailVerificationRequired: true }),
    });

    fireEvent.click(screen.getByRole('button', { name: 'Send the link again' }));

    expect((await screen.findByRole('alert')).textContent).toContain(
      'Too many attempts — wait 30 seconds and try again.',
    );
  });

  it('is the reason shown when a submission was refused for it', () => {
    const refused = new ApiError(403, anError(403, 'EMAIL_NOT_VERIFIED'));
    renderWithProviders(<EmailVerificationNotice failure={refused} />, {
      queryClient: withUser({ emailVerified: true, emailVerificationRequired: false }),
    });
    expect(screen.getByRole('alert').textContent).toContain(
      'The request was not submitted: your e-mail address is not confirmed yet',
    );
  });
});
