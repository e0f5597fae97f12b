import type { OidcAccount } from '@bgb/test-support';
import { expect, test } from '../fixtures/portal.fixture';
import { LoginPage } from '../pom/auth.pages';

test.use({ institutionalSignIn: true });

/** A person at the test institution, new to the portal. */
function person(): OidcAccount {
  const login = `ada.${Date.now()}`;
  return {
    login,
    password: 'institution password',
    claims: {
      email: `${login}@ku.dk`,
      email_verified: true,
      name: 'Ada Lovelace',
      organization: 'Københavns Universitet',
      locale: 'en',
    },
  };
}

test.describe('institutional sign-in', () => {
  test('a researcher signs in with their institution and lands on the page they asked for', async ({
    page,
    portal,
    a11y,
  }) => {
    const account = person();
    await portal.oidc!.putAccount(account);

    await page.goto('/requests');
    await expect(page).toHaveURL(/\/login\?next=%2Frequests$/);
    const signIn = page.getByRole('link', { name: 'Sign in with Test institution' });
    await expect(signIn).toBeVisible();
    await a11y.check('login page with institutional sign-in');

    await signIn.click();
    await expect(page.getByRole('heading', { name: 'Test institution' })).toBeVisible();
    await page.getByLabel('User name').fill(account.login);
    await page.getByLabel('Password').fill(account.password);
    await page.getByRole('button', { name: 'Sign in' }).click();

    await expect(page).toHaveURL(/\/requests$/);
    await expect(page.getByRole('heading', { level: 1, name: 'My requests' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Log out' })).toBeVisible();
    await expect(page.getByRole('banner')).toContainText('Ada Lovelace');
  });

  test('a cancelled sign-in is explained on the login page, which offers to try again', async ({
    page,
    a11y,
  }) => {
    const login = new LoginPage(page);
    await login.goto();
    await page.getByRole('link', { name: 'Sign in with Test institution' }).click();
    await page.getByRole('button', { name: 'Cancel' }).click();

    await expect(page).toHaveURL(/\/login\?error=oidc_denied$/);
    await expect(page.getByRole('alert')).toContainText('Sign-in cancelled');
    await expect(page.getByRole('alert')).toContainText(
      'The sign-in at Test institution was cancelled',
    );
    await expect(page.getByRole('link', { name: 'Sign in with Test institution' })).toBeVisible();
    await a11y.check('login page explaining a cancelled institutional sign-in');

    await login.switchLanguageTo('Dansk');
    await expect(page.getByRole('alert')).toContainText('Log-ind annulleret');
    await expect(page.getByRole('link', { name: 'Log ind med Test institution' })).toBeVisible();
  });
});
