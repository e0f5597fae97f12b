import { expect, test } from '../fixtures/portal.fixture';
import { registeredResearcher } from '../fixtures/people';
import { AdminUsersPage } from '../pom/admin-users.pages';
import { LoginPage } from '../pom/auth.pages';
import { AcceptInvitationPage } from '../pom/invitation.pages';

test('an admin invites a coordinator of DCB, who sets a password from the mail and lands in their queue', async ({
  page,
  portal,
  a11y,
}) => {
  const email = `invitee.${Date.now()}@example.org`;
  const users = new AdminUsersPage(page);

  await test.step('the admin invites the address as coordinator of DCB', async () => {
    await users.openAsAdmin();
    const dialog = await users.invitations.openInviteDialog();
    await dialog.fillEmail(email);
    await dialog.role('Biobank coordinator').check();
    await dialog.biobank('Danish Cancer Biobank (DCB)').check();
    await a11y.check('invite dialog');
    await dialog.send();
    await expect(dialog.dialog).toBeHidden();
    await expect(users.invitations.row(email)).toContainText('Biobank coordinator');
    await expect(users.invitations.row(email)).toContainText('Danish Cancer Biobank');
    await a11y.check('users page with a pending invitation');
    await users.logOut();
  });

  await test.step('the invitee opens the link in the mail and chooses a password', async () => {
    const [mail] = await portal.smtp.waitFor((candidate) => candidate.to.includes(email));
    const link = /(http\S+\/invitation\?token=[\w-]+)/.exec(mail.text)![1];
    const accept = new AcceptInvitationPage(page);
    await accept.openLink(new URL(link).pathname + new URL(link).search);
    await expect(page.getByRole('main')).toContainText(email);
    await expect(page.getByRole('main')).toContainText('Biobank coordinator');
    await a11y.check('accept invitation page');
    await accept.accept({
      name: 'Ida Invited',
      institution: 'Aarhus Universitetshospital',
      password: 'a very long password',
    });
  });

  await test.step('they are logged in, as coordinator', async () => {
    await expect(page).toHaveURL(/\/biobank-queue$/);
    await expect(page.getByRole('button', { name: 'Log out' })).toBeVisible();
    await a11y.check('biobank queue of the new coordinator');
  });
});

test('an admin deactivates a user, who is then refused as if the password were wrong', async ({
  page,
  a11y,
}) => {
  const researcher = await registeredResearcher(page);

  const users = new AdminUsersPage(page);
  await test.step('the admin deactivates them after confirming', async () => {
    await users.openAsAdmin();
    await users.search(researcher.email);
    await expect(users.row(researcher.email)).toContainText('Active');
    const dialog = await users.setActivation(researcher.email, 'Deactivate');
    await a11y.check('deactivate dialog');
    await dialog.getByRole('button', { name: 'Deactivate' }).click();
    await expect(dialog).toBeHidden();
    await expect(users.status).toHaveText(
      `${researcher.name} is deactivated and has been logged out.`,
    );
    await expect(users.row(researcher.email)).toContainText('Deactivated');
    await a11y.check('users page with a deactivated user');
    await users.logOut();
  });

  await test.step('their login gets the same message as a wrong password', async () => {
    const login = new LoginPage(page);
    await login.goto();
    await login.logIn(researcher.email, researcher.password);
    await expect(page.getByRole('alert')).toContainText(
      'The e-mail address or password is incorrect.',
    );
    await expect(page).toHaveURL(/\/login/);
    await a11y.check('login refused');
  });
});
