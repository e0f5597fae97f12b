import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { NotificationPreferences } from '@bgb/contracts';
import { CSRF_COOKIE } from '../../../api/http-client';
import { json, mockFetch, setCookie } from '../../../test/fetch-mock';
import { renderWithProviders } from '../../../test/render';
import NotificationPreferencesPage from './NotificationPreferencesPage';

const STORED: NotificationPreferences = {
  preferences: [
    { kind: 'question', delivery: 'immediate', mandatory: true },
    { kind: 'outcome', delivery: 'immediate', mandatory: true },
    { kind: 'progress', delivery: 'digest', mandatory: false },
    { kind: 'message', delivery: 'immediate', mandatory: false },
    { kind: 'new_work', delivery: 'immediate', mandatory: false },
    { kind: 'case_update', delivery: 'off', mandatory: false },
  ],
};

describe('the notification settings page', () => {
  beforeEach(() => setCookie(CSRF_COOKIE, 'csrf'));

  it('shows each optional kind as a choice and the mandatory ones as fixed, and saves the choices', async () => {
    const { calls } = mockFetch((call) =>
      call.method === 'PUT'
        ? json(200, {
            preferences: STORED.preferences.map((p) =>
              p.kind === 'message' ? { ...p, delivery: 'off' } : p,
            ),
          })
        : json(200, STORED),
    );
    renderWithProviders(<NotificationPreferencesPage />);

    const progress = await screen.findByRole('radiogroup', { name: /Progress of your request/ });
    expect(within(progress).getByRole('radio', { name: 'Daily summary' })).toHaveProperty(
      'checked',
      true,
    );
    expect(
      within(screen.getByRole('radiogroup', { name: /Updates on your cases/ })).getByRole('radio', {
        name: 'No e-mail',
      }),
    ).toHaveProperty('checked', true);
    // Mandatory kinds offer no choice at all, only the reason.
    expect(screen.queryByRole('radiogroup', { name: /Questions to you/ })).toBeNull();
    expect(screen.getByText('Questions to you')).toBeTruthy();
    expect(screen.getAllByText(/cannot be turned off/)).toHaveLength(2);

    fireEvent.click(
      within(screen.getByRole('radiogroup', { name: /Messages/ })).getByRole('radio', {
        name: 'No e-mail',
      }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));

    expect(await screen.findByText('Your notification settings are saved.')).toBeTruthy();
    const put = calls.find((call) => call.method === 'PUT');
    expect(put?.url).toBe('/api/me/notification-preferences');
    expect(put?.headers.get('X-XSRF-TOKEN')).toBe('csrf');
    await waitFor(() =>
      expect(put?.body).toEqual({
        preferences: [
          { kind: 'progress', delivery: 'digest' },
          { kind: 'message', delivery: 'off' },
          { kind: 'new_work', delivery: 'immediate' },
          { kind: 'case_update', delivery: 'off' },
        ],
      }),
    );
  });

  it('shows the API’s refusal instead of pretending it saved', async () => {
    mockFetch((call) =>
      call.method === 'PUT'
        ? json(400, {
            statusCode: 400,
            error: 'Bad Request',
            code: 'VALIDATION_FAILED',
            message: 'Notifications of the kind "question" are mandatory',
          })
        : json(200, STORED),
    );
    renderWithProviders(<NotificationPreferencesPage />);
    fireEvent.click(await screen.findByRole('button', { name: 'Save settings' }));
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(screen.queryByText('Your notification settings are saved.')).toBeNull();
  });
});
