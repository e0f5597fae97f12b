import { DEMO_PASSWORD, expect, test } from '../fixtures/portal.fixture';
import { DEMO, newResearcher } from '../fixtures/people';
import { LoginPage, RegisterPage } from '../pom/auth.pages';
import { NewRequestPage } from '../pom/request.pages';
import { RoutedRequestPage } from '../pom/routing.pages';
import { RoutingRulesPage } from '../pom/routing-rules.pages';

test('an admin keeps a routing rule; the secretariat sees its suggestions with the reason and routes by them', async ({
  page,
  a11y,
}) => {
  const rule = 'Legal advice: Genetic Biobank';
  const rules = new RoutingRulesPage(page);
  let requestUrl = '';

  await test.step('the admin adds a rule for legal advice asked of the Blood Donor Biobank', async () => {
    await new LoginPage(page).logInAs(DEMO.admin, DEMO_PASSWORD);
    await rules.openFromMenu();
    // The demo's own rules are there from the start.
    await expect(rules.row('Biomarkørudvikling: Kræftbiobank og patologi')).toContainText(
      'Søren Holm',
    );
    await a11y.check('routing rules page');

    const dialog = await rules.openNewRule();
    await dialog.getByRole('button', { name: 'Save rule' }).click();
    await expect(dialog.getByLabel(/^Name/)).toHaveAccessibleDescription(
      /Shown to the secretariat/,
    );
    await expect(
      dialog.getByText('Suggest at least one biobank or a default case handler'),
    ).toBeVisible();
    await rules.fill(dialog, {
      name: rule,
      service: 'Advice on legal, ethics and GDPR',
      requested: ['Danish Blood Donor Biobank (DBB)'],
      suggested: ['Danish Genetic Biobank (DGB)'],
      caseHandler: 'Søren Holm',
    });
    await a11y.check('routing rule dialog');
    await rules.save(dialog, rule);
    await expect(rules.row(rule)).toContainText('Advice on legal, ethics and GDPR');
    await expect(rules.row(rule)).toContainText('Danish Genetic Biobank');
    await rules.logOut();
  });

  await test.step('a researcher asks the Blood Donor Biobank for legal advice', async () => {
    await new RegisterPage(page).registerAs(newResearcher());
    const form = new NewRequestPage(page);
    await form.goto();
    await form.fill({
      title: 'Samtykke til genbrug af donorprøver',
      service: 'Advice on legal, ethics and GDPR',
      biobanks: ['Danish Blood Donor Biobank (DBB)'],
      projectDescription: 'Dækker det brede samtykke brug af donorprøver i et nyt projekt?',
      principalInvestigator: 'Dr. Ida Møller',
    });
    await form.submit();
    const details = new RoutedRequestPage(page);
    await details.reference();
    requestUrl = page.url();
    await details.logOut();
  });

  await test.step('the secretariat is offered the rule’s case handler and biobanks, each with its reason', async () => {
    await new LoginPage(page).logInAs(DEMO.secretariat, DEMO_PASSWORD);
    await page.goto(requestUrl);
    const details = new RoutedRequestPage(page);
    await details.takeAction('Start triage');
    await expect(details.status('In triage')).toBeVisible();
    await expect(details.triagePanel).toContainText(
      `Suggested case handler: Søren Holm (rule “${rule}”)`,
    );
    await details.triagePanel.getByRole('button', { name: 'Assign Søren Holm' }).click();
    await expect(
      details.triagePanel.getByLabel('Case handler').locator('option:checked'),
    ).toHaveText('Søren Holm');
    await expect(details.triagePanel).not.toContainText('Suggested case handler');

    const dialog = await details.openRouteDialog();
    const dgb = dialog.getByRole('checkbox', { name: 'Danish Genetic Biobank (DGB)' });
    const dbb = dialog.getByRole('checkbox', { name: 'Danish Blood Donor Biobank (DBB)' });
    await expect(dgb).toBeChecked();
    await expect(dgb).toHaveAccessibleDescription(`Suggested: rule “${rule}”`);
    // The rule sends legal questions to the Genetic Biobank instead of the one asked.
    await expect(dbb).not.toBeChecked();
    await a11y.check('route dialog with suggestions');
    await dialog.getByRole('button', { name: 'Route', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText('Søren Holm routed the request to DGB')).toBeVisible();
    await details.logOut();
  });

  await test.step('the admin deletes the rule again', async () => {
    await new LoginPage(page).logInAs(DEMO.admin, DEMO_PASSWORD);
    await rules.openFromMenu();
    await rules.delete(rule);
  });
});
