import { expect, test } from '../fixtures/portal.fixture';
import { DEMO, registeredResearcher } from '../fixtures/people';
import { AdminUsersPage } from '../pom/admin-users.pages';

test('an admin finds a new researcher and makes them coordinator of the Danish Reuma Biobank', async ({
  page,
  a11y,
}) => {
  const researcher = await registeredResearcher(page);

  const users = new AdminUsersPage(page);
  await test.step('the admin opens the user list from the menu', async () => {
    await users.openAsAdmin();
    await expect(users.row(DEMO.coordinatorDcb)).toContainText('Biobank coordinator');
    await expect(users.row(DEMO.coordinatorDcb)).toContainText('Danish Cancer Biobank');
    await a11y.check('users page');
  });

  await test.step('a search by e-mail finds the new researcher', async () => {
    await users.search(researcher.email.toUpperCase());
    await expect(users.table.getByRole('row')).toHaveCount(2);
    await expect(users.row(researcher.email)).toContainText(researcher.name);
    await expect(users.row(researcher.email)).toContainText('Researcher');
    await expect(users.row(researcher.email)).toContainText('None');
  });

  await test.step('the admin makes them coordinator of DRB', async () => {
    const editor = await users.openRoleEditor(researcher.email);
    await expect(editor.role('Researcher')).toBeChecked();
    await expect(editor.biobanks).toHaveCount(0);
    await a11y.check('role editor');

    await editor.role('Biobank coordinator').check();
    await editor.save();
    await expect(editor.biobanks).toHaveAccessibleDescription(
      /Choose at least one biobank for a coordinator/,
    );
    await a11y.check('role editor with biobanks and an error');

    await editor.biobank('Danish Reuma Biobank (DRB)').check();
    await editor.save();
    await expect(editor.dialog).toBeHidden();
  });

  await test.step('the table shows the new roles at once', async () => {
    await expect(users.status).toHaveText(`The roles of ${researcher.name} have been saved.`);
    const row = users.row(researcher.email);
    await expect(row).toContainText('Biobank coordinator');
    await expect(row).toContainText('Danish Reuma Biobank');
    await a11y.check('users page after saving');
  });
});
