import { expect, test } from '../fixtures/portal.fixture';
import { DEMO, registeredResearcher } from '../fixtures/people';
import { AdminUsersPage } from '../pom/admin-users.pages';
import { AuditPage } from '../pom/audit.pages';

test('an admin finds the change of roles they just made in the audit log', async ({
  page,
  a11y,
}) => {
  const researcher = await registeredResearcher(page);

  await test.step('the admin makes the researcher coordinator of DRB', async () => {
    const users = new AdminUsersPage(page);
    await users.openAsAdmin();
    await users.search(researcher.email);
    const editor = await users.openRoleEditor(researcher.email);
    await editor.role('Biobank coordinator').check();
    await editor.biobank('Danish Reuma Biobank (DRB)').check();
    await editor.save();
    await expect(editor.dialog).toBeHidden();
  });

  const audit = new AuditPage(page);
  await test.step('the audit log shows the change first, with who made it and what changed', async () => {
    await audit.openFromMenu();
    const newest = audit.rows.first();
    await expect(newest).toContainText('Roles changed');
    await expect(newest).toContainText(DEMO.admin);
    await expect(newest).toContainText('roles: researcher → researcher, coordinator');
    await expect(newest).toContainText('biobankCodes: — → DRB');
    await a11y.check('audit log');
  });

  await test.step('filtered by event, only role changes are left', async () => {
    await audit.filterByAction('Logged in');
    await expect(page).toHaveURL(/action=auth\.login$/);
    await expect(audit.rows.first()).toContainText('Logged in');
    await audit.filterByAction('Roles changed');
    await expect(page).toHaveURL(/action=user\.roles_changed$/);
    for (const row of await audit.rows.all()) await expect(row).toContainText('Roles changed');
    await expect(audit.rows.first()).toContainText('biobankCodes: — → DRB');
    await a11y.check('audit log filtered by event');
  });
});
