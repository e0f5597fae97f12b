import { generate } from 'otplib';
import { expect, test } from '../fixtures/portal.fixture';
import { newResearcher } from '../fixtures/people';
import { LoginPage, RegisterPage } from '../pom/auth.pages';
import { SecondFactorStep, SecurityPage } from '../pom/security.pages';

const PERIOD = 30;

/**
 * The set-up uses this time step's code and the next login the next step's, as the API takes
 * each step once and allows one step of drift; starting early in a step keeps both in reach.
 */
async function freshStep(): Promise<number> {
  const intoStep = (Date.now() / 1000) % PERIOD;
  if (intoStep > 10)
    await new Promise((done) => setTimeout(done, (PERIOD - intoStep) * 1000 + 200));
  return Math.floor(Date.now() / 1000 / PERIOD);
}

const codeAt = (secret: string, step: number) => generate({ secret, epoch: step * PERIOD + 1 });

test('a researcher turns on two-step login, then logs in with an app code and with a recovery code', async ({
  page,
  a11y,
}) => {
  const researcher = newResearcher();
  await new RegisterPage(page).registerAs(researcher);
  const security = new SecurityPage(page);
  const login = new LoginPage(page);
  const secondFactor = new SecondFactorStep(page);
  let secret = '';
  let recoveryCodes: string[] = [];
  const step = await freshStep();

  await test.step('the security page, from the menu, sets up the authenticator app', async () => {
    await security.openFromMenu();
    await expect(page.getByText('Two-step login is off.')).toBeVisible();
    await a11y.check('security page');
    secret = await security.startSetup();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    await a11y.check('set-up with QR code');
    const right = await codeAt(secret, step);
    await security.confirm(right === '000000' ? '111111' : '000000');
    await expect(page.getByRole('alert')).toContainText(
      'The code is wrong or has already been used',
    );
    await security.confirm(right);
    recoveryCodes = await security.recoveryCodes();
    await expect(page.getByRole('button', { name: 'Copy codes' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Download codes' })).toHaveAttribute(
      'download',
      'bgb-recovery-codes.txt',
    );
    await a11y.check('recovery codes');
    await page.getByRole('button', { name: 'I have saved my codes' }).click();
    await expect(page.getByText('Two-step login is on.')).toBeVisible();
    await a11y.check('security page with two-step login on');
    await security.logOut();
  });

  await test.step('the next login asks for the code from the app', async () => {
    await login.goto();
    await login.logIn(researcher.email, researcher.password);
    await secondFactor.expectShown();
    await a11y.check('second login step');
    await secondFactor.enterAppCode(await codeAt(secret, step + 1));
    await expect(page).toHaveURL(/\/requests$/);
    await security.logOut();
  });

  await test.step('a recovery code works instead of the app', async () => {
    await login.goto();
    await login.logIn(researcher.email, researcher.password);
    await secondFactor.expectShown();
    await page.getByRole('button', { name: 'Use a recovery code instead' }).click();
    await expect(page.getByLabel('Recovery code')).toBeVisible();
    await a11y.check('second login step with a recovery code');
    await page.getByRole('button', { name: 'Use a code from the app instead' }).click();
    await secondFactor.enterRecoveryCode(recoveryCodes[0]);
    await expect(page).toHaveURL(/\/requests$/);
    await expect(page.getByRole('button', { name: 'Log out' })).toBeVisible();
  });
});
