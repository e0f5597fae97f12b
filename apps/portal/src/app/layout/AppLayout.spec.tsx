import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { CSRF_COOKIE } from '../../api/http-client';
import { aUser } from '../../test/factories';
import { json, mockFetch, setCookie } from '../../test/fetch-mock';
import { renderWithProviders } from '../../test/render';
import { AppLayout } from './AppLayout';

function renderLayout() {
  return renderWithProviders(<AppLayout />, { route: '/' });
}

describe('the page frame', () => {
  it('starts with a link that skips to the one main landmark', async () => {
    mockFetch(() =>
      json(401, { statusCode: 401, error: 'Unauthorized', code: 'UNAUTHENTICATED', message: '' }),
    );
    renderLayout();

    const focusable = document.querySelectorAll('a[href], button');
    expect(focusable[0]?.textContent).toBe('Skip to main content');
    expect(document.querySelectorAll('main#main')).toHaveLength(1);

    fireEvent.click(screen.getByText('Skip to main content'));
    expect(document.activeElement?.id).toBe('main');
    expect(await screen.findByRole('link', { name: 'Log in' })).toBeTruthy();
  });

  it('shows each role only its own links', async () => {
    mockFetch(() => json(200, aUser({ name: 'Sara Secretariat', roles: ['secretariat'] })));
    renderLayout();

    const nav = await screen.findByRole('navigation', { name: 'Main navigation' });
    expect(await within(nav).findByRole('link', { name: 'Triage queue' })).toBeTruthy();
    expect(within(nav).queryByRole('link', { name: 'My requests' })).toBeNull();
    expect(within(nav).queryByRole('link', { name: 'Mails' })).toBeNull();
    expect(screen.getByText('Signed in as Sara Secretariat')).toBeTruthy();
  });

  it("switches the language and remembers a signed-in user's choice for their e-mails", async () => {
    setCookie(CSRF_COOKIE, 'csrf');
    const user = aUser({ locale: 'en' });
    const { calls } = mockFetch((call) =>
      call.method === 'PUT' ? json(200, { ...user, locale: 'da' }) : json(200, user),
    );
    renderLayout();
    await screen.findByText(`Signed in as ${user.name}`);

    const toDanish = screen.getByRole('button', { name: 'Dansk' });
    expect(toDanish.getAttribute('lang')).toBe('da');
    fireEvent.click(toDanish);

    expect(await screen.findByRole('button', { name: 'English' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('da');
    expect(screen.getByRole('navigation', { name: 'Hovedmenu' })).toBeTruthy();
    await waitFor(() => expect(calls.find((call) => call.method === 'PUT')).toBeTruthy());
    expect(calls.find((call) => call.method === 'PUT')).toMatchObject({
      url: '/api/auth/me/locale',
      body: { locale: 'da' },
    });
  });
});
