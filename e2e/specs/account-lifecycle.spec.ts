import { expect, test } from '../fixtures/portal.fixture';
import { newResearcher } from '../fixtures/people';
import {
  AccountPage,
  ForgotPasswordPage,
  mailedLink,
  ResetPasswordPage,
  SessionsList,
  VerificationNotice,
  VerifyEmailPage,
} from '../pom/account.pages';
import { LoginPage, RegisterPage } from '../pom/auth.pages';
import { NewRequestPage } from '../pom/request.pages';

const WRONG_LOGIN = 'The e-mail address or password is incorrect.';

// As in production: a new researcher submits only from a verified address.
test.use({ emailVerification: 'required' });

test('a new researcher cannot submit until the link in the verification mail is opened', async ({
  page,
  portal,
  a11y,
}) => {
  const researcher = newResearcher();
  const notice = new VerificationNotice(page);
  const form = new NewRequestPage(page);
  let draftPath = '';

  await test.step('after registering, the start page says why and sends the link again', async () => {
    await new RegisterPage(page).registerAs(researcher);
    await mailedLink(portal.smtp, researcher.email, '/verify-email');
    await expect(notice.notice).toBeVisible();
    await expect(page.getByRole('main')).toContainText(
      `We have mailed a link to ${researcher.email}`,
    );
    await a11y.check('my requests, address not confirmed');
    await notice.resend();
    await expect(
      page.getByRole('status').filter({ hasText: 'A new link is on its way' }),
    ).toBeVisible();
    await portal.smtp.waitFor(
      (mail) => mail.to.includes(researcher.email) && mail.text.includes('/verify-email'),
      2,
    );
  });

  await test.step('a request written meanwhile is kept as a draft, and submitting is refused with the reason', async () => {
    await form.goto();
    await expect(notice.notice).toBeVisible();
    await form.fill({
      title: 'Biomarkører før bekræftet adresse',
      service: 'Biomarker development support',
      biobanks: ['Danish Cancer Biobank (DCB)'],
      projectDescription: 'Vi venter på bekræftelsen af adressen.',
      principalInvestigator: 'Professor Åse Ærø',
    });
    await form.submit();
    await expect(
      page.getByRole('alert').filter({ hasText: 'The request was not submitted' }),
    ).toContainText('your e-mail address is not confirmed yet');
    await expect(page).toHaveURL(/\/drafts\//);
    draftPath = new URL(page.url()).pathname;
    await a11y.check('request refused, address not confirmed');
  });

  await test.step('a broken link is explained, with the way to a new one', async () => {
    const verify = new VerifyEmailPage(page);
    await verify.openLink('/verify-email?token=not-a-real-token');
    await expect(page.getByRole('alert')).toContainText('The link cannot be used');
    await expect(page.getByRole('button', { name: 'Send the link again' })).toBeVisible();
    await a11y.check('verify e-mail, invalid link');
  });

  await test.step('the link from the newest mail confirms the address', async () => {
    const verify = new VerifyEmailPage(page);
    await verify.openLink(await mailedLink(portal.smtp, researcher.email, '/verify-email'));
    await expect(verify.done).toBeVisible();
    await a11y.check('verify e-mail, confirmed');
    await page.getByRole('link', { name: 'Continue' }).click();
    await expect(page).toHaveURL(/\/requests$/);
    await expect(notice.notice).toBeHidden();
  });

  await test.step('now the draft is submitted', async () => {
    await form.open(draftPath);
    await form.submit();
    await expect(page.getByRole('status').filter({ hasText: 'has been submitted' })).toBeVisible();
  });
});

test('a researcher who forgot the password sets a new one from the mailed link', async ({
  page,
  portal,
  a11y,
}) => {
  const researcher = newResearcher();
  const newPassword = 'Tågede-fjorde-over-Limfjorden-47';
  const forgot = new ForgotPasswordPage(page);
  const reset = new ResetPasswordPage(page);
  const login = new LoginPage(page);
  await new RegisterPage(page).registerAs(researcher);
  await login.logOut();

  await test.step('asking for a link says the same for an unknown address and a known one', async () => {
    await forgot.openFromLogin();
    await a11y.check('forgot password');
    await forgot.request('nobody.here@example.org');
    const unknown = (await forgot.confirmation.textContent()) ?? '';
    await expect(forgot.confirmation).toBeFocused();
    await a11y.check('forgot password, link sent');
    await forgot.openFromLogin();
    await forgot.request(researcher.email);
    await expect(forgot.confirmation).toBeVisible();
    expect((await forgot.confirmation.textContent())?.replace(researcher.email, '')).toBe(
      unknown.replace('nobody.here@example.org', ''),
    );
  });

  const link = await mailedLink(portal.smtp, researcher.email, '/reset-password');

  await test.step('a guessable password is refused on its field; a strong one is saved', async () => {
    await reset.openLink(link);
    await a11y.check('reset password');
    await reset.choose('password1234');
    await expect(reset.password).toHaveAttribute('aria-invalid', 'true');
    await expect(reset.password).toHaveAccessibleDescription(/too easy to guess/);
    await expect(reset.password).toBeFocused();
    await a11y.check('reset password, weak password refused');
    await reset.choose(newPassword);
    await expect(page).toHaveURL(/\/login$/);
    await expect(page.getByRole('status')).toContainText('Your password has been changed');
    await a11y.check('login after the reset');
  });

  await test.step('the old password is refused and the new one works', async () => {
    await login.logIn(researcher.email, researcher.password);
    await expect(page.getByRole('alert')).toContainText(WRONG_LOGIN);
    await login.logInAs(researcher.email, newPassword);
    await login.logOut();
  });

  await test.step('the link works once', async () => {
    await reset.openLink(link);
    await reset.choose('Yet-another-strong-passphrase-88');
    await expect(page.getByRole('alert')).toContainText('The link cannot be used');
    await expect(
      page.getByRole('alert').getByRole('link', { name: 'Ask for a new link' }),
    ).toBeVisible();
    await a11y.check('reset password, used link');
  });
});

test('a researcher changes the password on the account page; other devices are logged out', async ({
  page,
  browser,
  portal,
  a11y,
}) => {
  const researcher = newResearcher();
  const newPassword = 'Blæksprutter-synger-i-Skagen-19';
  const account = new AccountPage(page);
  await new RegisterPage(page).registerAs(researcher);
  const elsewhere = await browser.newContext({ baseURL: portal.baseUrl });
  const otherDevice = await elsewhere.newPage();
  await new LoginPage(otherDevice).logInAs(researcher.email, researcher.password);

  await test.step('the account page opens from the header', async () => {
    await account.openFromMenu();
    await expect(page.getByRole('link', { name: 'Set up or change two-step login' })).toBeVisible();
    await a11y.check('account page');
  });

  await test.step('a wrong current password and a guessable new one are marked on their fields', async () => {
    await account.changePassword('not my password at all', newPassword);
    await expect(account.field('Current password')).toHaveAccessibleDescription(
      'Your current password is not right.',
    );
    await expect(account.field('Current password')).toBeFocused();
    await account.changePassword(researcher.password, 'password1234');
    await expect(account.field('New password')).toHaveAccessibleDescription(/too easy to guess/);
    await a11y.check('account page, password refused');
  });

  await test.step('the right one changes it; this device stays logged in, the other is out', async () => {
    await account.changePassword(researcher.password, newPassword);
    await expect(
      page.getByRole('status').filter({ hasText: 'Your password has been changed' }),
    ).toBeVisible();
    await a11y.check('account page, password changed');
    await page.reload();
    await expect(account.heading('Your account')).toBeVisible();
    await otherDevice.reload();
    await expect(otherDevice).toHaveURL(/\/login/);
    await elsewhere.close();
  });

  await test.step('the new password logs in', async () => {
    const login = new LoginPage(page);
    await login.logOut();
    await login.goto();
    await login.logIn(researcher.email, researcher.password);
    await expect(page.getByRole('alert')).toContainText(WRONG_LOGIN);
    await login.logInAs(researcher.email, newPassword);
  });
});

test('a researcher sees where they are signed in, signs out elsewhere, and moves to a new address', async ({
  page,
  browser,
  portal,
  a11y,
}) => {
  const researcher = newResearcher();
  const newEmail = `moved.${Date.now()}@example.org`;
  const account = new AccountPage(page);
  const sessions = new SessionsList(page);
  await new RegisterPage(page).registerAs(researcher);
  const elsewhere = await browser.newContext({ baseURL: portal.baseUrl });
  const otherDevice = await elsewhere.newPage();
  const logInElsewhere = () =>
    new LoginPage(otherDevice).logInAs(researcher.email, researcher.password);

  await test.step('both browsers are listed, this one marked', async () => {
    await logInElsewhere();
    await account.openFromMenu();
    await expect(sessions.items).toHaveCount(2);
    await expect(sessions.items.filter({ hasText: 'This device' })).toHaveCount(1);
    await expect(sessions.items.first()).toContainText('Chrome on Linux');
    await expect(sessions.items.first()).toContainText('last active');
    await a11y.check('account page with two sessions');
  });

  await test.step('signing out the other browser ends its session', async () => {
    await sessions.items
      .filter({ hasNotText: 'This device' })
      .getByRole('button', { name: /^Sign out/ })
      .click();
    await expect(sessions.status('has been signed out')).toBeVisible();
    await expect(sessions.items).toHaveCount(1);
    await otherDevice.reload();
    await expect(otherDevice).toHaveURL(/\/login/);
  });

  await test.step('"sign out everywhere else" does so for all but this one', async () => {
    await logInElsewhere();
    await page.reload();
    await expect(sessions.items).toHaveCount(2);
    await page.getByRole('button', { name: 'Sign out everywhere else' }).click();
    await expect(sessions.status('signed out everywhere else')).toBeVisible();
    await expect(sessions.items).toHaveCount(1);
    await a11y.check('account page, signed out everywhere else');
    await otherDevice.reload();
    await expect(otherDevice).toHaveURL(/\/login/);
    await elsewhere.close();
  });

  await test.step('a new name shows at once; a new address waits for its link', async () => {
    await account.field('Full name').fill('Åse Flyttet');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await expect(sessions.status('Your profile has been saved.')).toBeVisible();
    await expect(page.getByText('Signed in as Åse Flyttet')).toBeVisible();
    await account.field('E-mail address').fill(newEmail);
    await page.getByRole('button', { name: 'Save profile' }).click();
    await expect(sessions.status(`we have mailed a link to ${newEmail}`)).toBeVisible();
    await expect(account.field('E-mail address')).toHaveValue(researcher.email);
    await a11y.check('account page, new address to confirm');
  });

  await test.step('the link mailed to the new address moves the account there', async () => {
    const verify = new VerifyEmailPage(page);
    await verify.openLink(await mailedLink(portal.smtp, newEmail, '/verify-email'));
    await expect(verify.done).toBeVisible();
    await account.openFromMenu();
    await expect(account.field('E-mail address')).toHaveValue(newEmail);
    await account.logOut();
    await new LoginPage(page).logInAs(newEmail, researcher.password);
  });
});
