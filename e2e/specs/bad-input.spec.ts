import { DEMO_PASSWORD, expect, test } from '../fixtures/portal.fixture';
import { DEMO, newResearcher } from '../fixtures/people';
import { LoginPage, RegisterPage } from '../pom/auth.pages';
import { NewRequestPage, RequestListPage } from '../pom/request.pages';

test.describe('bad input gets a clear error and changes nothing', () => {
  test('registration: missing fields, malformed e-mail, weak password, an e-mail already in use', async ({
    page,
    a11y,
  }) => {
    const register = new RegisterPage(page);
    await register.goto();

    await register.submit();
    for (const label of ['Full name', 'E-mail address', 'Institution']) {
      await expect(page.getByLabel(label)).toHaveAttribute('aria-invalid', 'true');
    }
    await expect(page.getByLabel('Full name')).toHaveAccessibleDescription(/required/i);
    await a11y.check('register page with errors');

    const taken = newResearcher();
    await register.fill({ ...taken, email: 'not-an-e-mail', password: 'short' });
    await register.submit();
    await expect(page.getByLabel('E-mail address')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel('Password', { exact: false }).first()).toHaveAccessibleDescription(
      /at least 12/i,
    );
    await expect(page).toHaveURL(/\/register$/);

    await register.fill({ ...taken, email: DEMO.researcher.toUpperCase() });
    await register.submit();
    await expect(page.getByLabel('E-mail address')).toHaveAccessibleDescription(/already exists/);
    await expect(page).toHaveURL(/\/register$/);
    await a11y.check('register page with a taken e-mail');

    // The demo researcher's account is untouched: the old password still works.
    await new LoginPage(page).logInAs(DEMO.researcher, DEMO_PASSWORD);
  });

  test('login: a wrong password is refused with a message for everyone', async ({ page, a11y }) => {
    const login = new LoginPage(page);
    await login.goto();
    await login.logIn(DEMO.researcher, 'not the right password');
    await expect(page.getByRole('alert')).toContainText(
      'The e-mail address or password is incorrect.',
    );
    await expect(page).toHaveURL(/\/login/);
    await a11y.check('login page with an error');
  });

  test('request form: the review names every missing field, a bad one is not saved, and nothing is submitted', async ({
    page,
    a11y,
  }) => {
    const researcher = newResearcher();
    const register = new RegisterPage(page);
    await register.registerAs(researcher);

    const form = new NewRequestPage(page);
    await form.goto();
    await form.openStep('People');
    await page.getByLabel('Institution').fill('');
    await form.openStep('Review and submit');
    const missing = page.getByRole('region', { name: 'Still missing before you can submit' });
    for (const label of [
      'Title',
      'Project description',
      'Principal investigator',
      'Institution',
      'Service',
      'Biobanks',
    ]) {
      await expect(
        missing.getByRole('listitem').filter({ hasText: new RegExp(`^${label} Go to`) }),
      ).toBeVisible();
    }
    await expect(page.getByRole('button', { name: 'Submit request' })).toBeDisabled();
    await a11y.check('request form review with missing fields');

    await missing.getByRole('button', { name: 'Go to Project' }).first().click();
    await page.getByLabel('Title').fill('x'.repeat(201));
    await page.getByLabel('Title').blur();
    await expect(page.getByLabel('Title')).toHaveAccessibleDescription(/at most 200/);
    await expect(
      page.getByRole('status').filter({ hasText: 'Not saved: correct the marked fields.' }),
    ).toBeVisible();
    await a11y.check('request form with errors');

    await page.getByRole('link', { name: 'My requests' }).first().click();
    await expect(page.getByText('You have not submitted any requests yet.')).toBeVisible();
  });

  test("another researcher's request, an unknown page and a page for another role", async ({
    page,
    a11y,
  }) => {
    await new LoginPage(page).logInAs(DEMO.researcher, DEMO_PASSWORD);
    const list = new RequestListPage(page);
    await list.open('/requests');
    const firstLink = list.table('My requests').getByRole('link').first();
    const href = await firstLink.getAttribute('href');
    await list.logOut();

    const someoneElse = newResearcher();
    const register = new RegisterPage(page);
    await register.registerAs(someoneElse);

    await page.goto(href!);
    await expect(page.getByRole('heading', { level: 1, name: 'Request not found' })).toBeVisible();
    await a11y.check('request not found');

    await page.goto('/triage');
    await expect(page.getByRole('heading', { level: 1, name: 'No access' })).toBeVisible();
    await a11y.check('no access');

    await page.goto('/no/such/page');
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await a11y.check('page not found');
  });

  test('a protected page sends a visitor to log in and back', async ({ page }) => {
    await page.goto('/requests/new');
    await expect(page).toHaveURL(/\/login\?next=/);
    await new LoginPage(page).logIn(DEMO.researcher, DEMO_PASSWORD);
    await expect(page).toHaveURL(/\/requests\/new$/);
  });
});
