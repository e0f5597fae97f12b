import { createTestDatabase, startApi } from '@bgb/test-support';
import { DEMO_PASSWORD, expect, test } from '../fixtures/portal.fixture';
import { newResearcher, registeredResearcher } from '../fixtures/people';
import { LoginPage, RegisterPage } from '../pom/auth.pages';
import { NewRequestPage, RequestDetailsPage } from '../pom/request.pages';

test.describe('Danish and English', () => {
  test('the whole portal switches to Danish, remembers it, and mails follow the choice', async ({
    page,
    portal,
    a11y,
  }) => {
    const researcher = newResearcher();
    const register = new RegisterPage(page);
    await register.registerAs(researcher);

    await register.switchLanguageTo('Dansk');
    await expect(page.locator('html')).toHaveAttribute('lang', 'da');
    await expect(page.getByRole('heading', { level: 1, name: 'Mine henvendelser' })).toBeVisible();
    await a11y.check('my requests in Danish');

    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Mine henvendelser' })).toBeVisible();

    await page.getByRole('link', { name: 'Ny henvendelse' }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: 'Ny henvendelse' })).toBeVisible();
    const step = (name: string) =>
      page
        .getByRole('button', { name: new RegExp(`^\\d*\\s*${name}`) })
        .first()
        .click();
    await step('Gennemse og send');
    await expect(page.getByRole('region', { name: 'Mangler, før du kan sende' })).toContainText(
      'Titel',
    );
    await a11y.check('request form with missing fields in Danish');

    await step('Projekt');
    await page.getByLabel(/^Titel/).fill('Serumprøver til autoantistofstudie');
    await page
      .getByLabel(/^Projektbeskrivelse/)
      .fill('Vi har brug for serum fra 500 raske donorer.');
    await step('Personer');
    await page.getByLabel(/^Projektansvarlig forsker/).fill('Overlæge Åse Ø');
    await step('Prøver og data');
    await page.getByLabel(/^Service/).selectOption({ label: 'Adgang til prøver og data' });
    await new NewRequestPage(page).answerQuestions({
      'Ønsket materiale': ['Serum'],
      'Antal prøver': '500',
      Inklusionskriterier: 'Raske donorer mellem 18 og 65 år.',
    });
    await page.getByRole('checkbox', { name: 'Dansk Bloddonor Biobank (DBB)' }).check();
    await step('Gennemse og send');
    await page.getByRole('button', { name: 'Send henvendelse' }).click();
    const reference = await new RequestDetailsPage(page).reference();
    await expect(
      page.getByRole('main').getByText('Indsendt', { exact: true }).first(),
    ).toBeVisible();
    await a11y.check('request page in Danish');

    const [receipt] = await portal.smtp.waitFor((mail) => mail.to.includes(researcher.email));
    expect(receipt.subject).toBe(`[${reference}] Vi har modtaget din henvendelse`);

    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'De fem biobanker' })).toBeVisible();
    await expect(page.getByRole('heading', { name: /Danske Cancer Biobank/ })).toBeVisible();
    await a11y.check('front page in Danish');
    await register.switchLanguageTo('English');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { name: 'The five biobanks' })).toBeVisible();
  });
});

test.describe('keyboard only', () => {
  test('skip link, log in and submit a request without a mouse', async ({ page }) => {
    const researcher = await registeredResearcher(page);

    await page.goto('/login');
    // A keyboard user starts once the page shows its form, not at the browser's load event.
    await expect(page.getByRole('heading', { name: 'Log in' })).toBeVisible();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to main content' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await page.getByLabel('E-mail address').focus();
    await page.keyboard.type(researcher.email);
    await page.keyboard.press('Tab');
    await page.keyboard.type(researcher.password);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/requests$/);

    const form = new NewRequestPage(page);
    await form.goto();
    await page.getByLabel('Title').focus();
    await page.keyboard.type('Keyboard request');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Typed without a mouse.');
    // Each step is reached with the Next button, pressed from the keyboard.
    const next = async () => {
      await page.getByRole('button', { name: 'Next', exact: true }).focus();
      await page.keyboard.press('Enter');
    };
    await next();
    await page.getByLabel('Principal investigator').focus();
    await page.keyboard.type('Dr. Keyboard');
    await next();
    await next();
    await page.getByLabel('Service').focus();
    await page.keyboard.press('ArrowDown');
    // Biomarker development support asks four choices and a description before the biobanks.
    await expect(form.questions).toBeVisible();
    for (let choice = 0; choice < 4; choice++) {
      await page.keyboard.press('Tab');
      await page.keyboard.press('Space');
    }
    await page.keyboard.press('Tab');
    await page.keyboard.type('A protein panel.');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await next();
    await next();
    await page.getByRole('button', { name: 'Submit request' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'has been submitted' })).toBeVisible();
  });
});

test.describe('the demo mail catcher', () => {
  test('says so when real SMTP is configured', async ({ page, a11y }) => {
    await new LoginPage(page).logInAs('admin@example.org', DEMO_PASSWORD);
    await expect(page).toHaveURL(/\/admin\/mails/);
    await expect(
      page.getByText('The mail catcher is only available when the portal runs in demo mode.'),
    ).toBeVisible();
    await a11y.check('mails page, catcher off');
  });

  test('shows an admin the mails that demo mode caught', async ({ page, a11y }) => {
    // A second portal, as `npm start` runs it: demo mode without SMTP settings.
    const database = await createTestDatabase();
    const api = await startApi({ ...database.env });
    try {
      await page.goto(`${api.baseUrl}/login`);
      await page.getByLabel('E-mail address').fill('admin@example.org');
      await page.getByLabel('Password', { exact: false }).first().fill(DEMO_PASSWORD);
      await page.getByRole('main').getByRole('button', { name: 'Log in' }).click();
      await expect(page).toHaveURL(/\/admin\/mails/);
      const table = page.getByRole('table', { name: 'Caught mails, newest first' });
      const receipt = table
        .getByRole('row')
        .filter({ hasText: /BGB-\d{4}-00001\] Vi har modtaget din henvendelse/ });
      await expect(async () => {
        await page.getByRole('button', { name: 'Refresh' }).click();
        await expect(receipt).toBeVisible({ timeout: 1000 });
      }).toPass({ timeout: 20_000 });
      await a11y.check('mails page with mails');
      await receipt.getByRole('button').first().click();
      await expect(page.getByRole('main')).toContainText(
        'Plasmabiomarkører til tidlig opsporing af kræft i bugspytkirtlen',
      );
      await a11y.check('mails page with a mail open');
    } finally {
      await api.stop();
      await database.drop();
    }
  });
});
