import { fireEvent, screen } from '@testing-library/react';
import { anError } from '../../../test/factories';
import { json, mockFetch } from '../../../test/fetch-mock';
import { renderWithProviders } from '../../../test/render';
import MailsPage from './MailsPage';

describe('the caught mails', () => {
  it('shows the text of the mail the admin picks', async () => {
    mockFetch(() =>
      json(200, [
        {
          id: 'm1',
          receivedAt: '2026-03-02T09:31:00.000Z',
          from: 'portal@example.org',
          to: ['researcher@example.org'],
          subject: 'Receipt for BGB-2026-00042',
          text: 'Dear Rikke,\nwe have received your request.',
          html: null,
        },
      ]),
    );
    renderWithProviders(<MailsPage />);

    fireEvent.click(await screen.findByRole('button', { name: 'Receipt for BGB-2026-00042' }));

    const body = document.querySelector('pre');
    expect(body?.textContent).toBe('Dear Rikke,\nwe have received your request.');
    expect(
      screen
        .getByRole('button', { name: 'Receipt for BGB-2026-00042' })
        .getAttribute('aria-pressed'),
    ).toBe('true');
  });

  it('explains that the catcher exists only in demo mode', async () => {
    mockFetch(() => json(404, anError(404, 'NOT_FOUND')));
    renderWithProviders(<MailsPage />);

    expect(
      await screen.findByText(/only available when the portal runs in demo mode/),
    ).toBeTruthy();
  });
});
