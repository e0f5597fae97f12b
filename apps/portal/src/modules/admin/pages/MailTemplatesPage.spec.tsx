import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { MailTemplateSummary, RenderedMail } from '@bgb/contracts';
import { CSRF_COOKIE } from '../../../api/http-client';
import { anError } from '../../../test/factories';
import { json, mockFetch, setCookie } from '../../../test/fetch-mock';
import { renderWithProviders } from '../../../test/render';
import MailTemplatesPage from './MailTemplatesPage';

const TEMPLATES: MailTemplateSummary[] = [
  {
    kind: 'request_received',
    description: {
      da: 'Kvittering til forskeren',
      en: 'Receipt to the researcher when a request is submitted',
    },
  },
  {
    kind: 'request_rejected',
    description: {
      da: 'Til forskeren ved afvisning',
      en: 'To the researcher when the secretariat rejects a request',
    },
  },
];

/** What the API renders: the kind and language show in every part, so the test sees which arrived. */
function rendered(kind: string, locale: string): RenderedMail {
  return {
    subject: `[BGB-2026-00042] ${kind} in ${locale}`,
    text: `Plain text of ${kind} in ${locale}`,
    html: `<!DOCTYPE html><html lang="${locale}"><body><p>HTML of ${kind} in ${locale}</p><script>parent.alert(1)</script></body></html>`,
  };
}

function previewApi() {
  return mockFetch((call) => {
    if (call.url === '/api/admin/mail-templates') return json(200, { items: TEMPLATES });
    const preview = /^\/api\/admin\/mail-templates\/(\w+)\/preview\?locale=(\w+)$/.exec(call.url);
    if (preview) return json(200, rendered(preview[1], preview[2]));
    if (call.url === '/api/admin/mail-templates/test') {
      const { to } = call.body as { to: string };
      return json(202, { recipient: to, subject: '[BGB-2026-00042] Din henvendelse er afvist' });
    }
    return json(404, anError(404, 'NOT_FOUND'));
  });
}

describe('the mail templates page', () => {
  beforeEach(() => setCookie(CSRF_COOKIE, 'csrf'));

  it('lists every kind with its description and previews the chosen one in the chosen language, the HTML in a sandbox', async () => {
    const { calls } = previewApi();
    renderWithProviders(<MailTemplatesPage />);

    const kinds = await screen.findByRole('navigation', { name: 'Kinds of mail' });
    expect(
      within(kinds).getByText('Receipt to the researcher when a request is submitted'),
    ).toBeTruthy();
    expect(await screen.findByTestId('mail-preview-subject')).toHaveProperty(
      'textContent',
      '[BGB-2026-00042] request_received in en',
    );

    fireEvent.click(within(kinds).getByRole('button', { name: /Request rejected/ }));
    await waitFor(() =>
      expect(screen.getByTestId('mail-preview-subject').textContent).toBe(
        '[BGB-2026-00042] request_rejected in en',
      ),
    );
    expect(
      within(kinds)
        .getByRole('button', { name: /Request rejected/ })
        .getAttribute('aria-current'),
    ).toBe('true');

    fireEvent.click(screen.getByRole('radio', { name: 'Danish' }));
    await waitFor(() =>
      expect(screen.getByTestId('mail-preview-subject').textContent).toBe(
        '[BGB-2026-00042] request_rejected in da',
      ),
    );
    expect(
      calls.some(
        (call) => call.url === '/api/admin/mail-templates/request_rejected/preview?locale=da',
      ),
    ).toBe(true);

    const frame = screen.getByTitle('The HTML part of the mail') as HTMLIFrameElement;
    expect(frame.getAttribute('sandbox')).toBe('');
    expect(frame.getAttribute('srcdoc')).toBe(rendered('request_rejected', 'da').html);
    expect(document.querySelector('pre')?.textContent).toBe('Plain text of request_rejected in da');
  });

  it('sends the chosen kind in the chosen language as a test mail and says it is queued', async () => {
    const { calls } = previewApi();
    renderWithProviders(<MailTemplatesPage />);
    const kinds = await screen.findByRole('navigation', { name: 'Kinds of mail' });
    fireEvent.click(within(kinds).getByRole('button', { name: /Request rejected/ }));
    fireEvent.click(screen.getByRole('radio', { name: 'Danish' }));

    const address = screen.getByRole('textbox', { name: 'Send to' });
    fireEvent.change(address, { target: { value: 'not an address' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send test mail' }));
    await waitFor(() => expect(address.getAttribute('aria-invalid')).toBe('true'));
    expect(calls.some((call) => call.method === 'POST')).toBe(false);

    fireEvent.change(address, { target: { value: 'it@hospital.example' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send test mail' }));
    expect(
      await screen.findByText(
        'The test mail “[BGB-2026-00042] Din henvendelse er afvist” to it@hospital.example is queued and will be sent shortly.',
      ),
    ).toBeTruthy();
    expect(calls.find((call) => call.method === 'POST')?.body).toEqual({
      to: 'it@hospital.example',
      kind: 'request_rejected',
      locale: 'da',
    });
  });
});
