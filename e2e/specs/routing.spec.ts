import { DEMO_PASSWORD, expect, test } from '../fixtures/portal.fixture';
import { DEMO, newResearcher } from '../fixtures/people';
import { LoginPage, RegisterPage } from '../pom/auth.pages';
import { QueuePage } from '../pom/queue.pages';
import { NewRequestPage, RequestListPage } from '../pom/request.pages';
import { RoutedRequestPage } from '../pom/routing.pages';

test('the secretariat triages and routes a request, two biobanks deliver and the secretariat closes it', async ({
  page,
  a11y,
}) => {
  const researcher = newResearcher();
  const note = 'Husk samtykke for begge kohorter.';
  let reference = '';
  let requestUrl = '';

  await test.step('a researcher submits a request for DCB and DRB', async () => {
    await new RegisterPage(page).registerAs(researcher);
    const form = new NewRequestPage(page);
    await form.goto();
    await form.fill({
      title: 'Biomarkører for leddegigt og kræft',
      service: 'Biomarker development support',
      biobanks: ['Danish Cancer Biobank (DCB)', 'Danish Reuma Biobank (DRB)'],
      projectDescription: 'Vi sammenligner inflammationsmarkører på tværs af kohorter.',
      principalInvestigator: 'Dr. Åse Ørum',
    });
    await form.submit();
    const details = new RoutedRequestPage(page);
    reference = await details.reference();
    requestUrl = page.url();
    await details.logOut();
  });

  await test.step('the secretariat finds it by filtering and searching the queue', async () => {
    await new LoginPage(page).logInAs(DEMO.secretariat, DEMO_PASSWORD);
    await expect(page).toHaveURL(/\/triage/);
    const queue = new QueuePage(page);
    await queue.filter('Status', 'Submitted');
    await expect(page).toHaveURL(/status=submitted/);
    await queue.search(reference);
    await expect(queue.table('Triage queue').getByRole('row')).toHaveCount(2);
    await expect(queue.row(reference)).toContainText('Normal');
    await expect(queue.row(reference)).toContainText('Unassigned');
    await a11y.check('triage queue, filtered and searched');

    // The filters are in the address: opening it again gives the same view.
    await page.goto(page.url());
    await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue(reference);
    await expect(page.getByLabel('Status', { exact: true })).toHaveValue('submitted');
    await expect(queue.row(reference)).toBeVisible();
    await queue.openRequest(reference);
  });

  await test.step('the secretariat starts triage, assigns it to themself and sets priority High', async () => {
    const details = new RoutedRequestPage(page);
    await details.takeAction('Start triage');
    await expect(details.status('In triage')).toBeVisible();
    await details.assignToMe('Søren Holm');
    await details.setPriority('High');
    await a11y.check('request page, triage panel');
  });

  await test.step('the secretariat routes it to DCB and DRB with a note', async () => {
    const details = new RoutedRequestPage(page);
    const dialog = await details.openRouteDialog();
    await expect(
      dialog.getByRole('checkbox', { name: 'Danish Cancer Biobank (DCB)' }),
    ).toBeChecked();
    await expect(
      dialog.getByRole('checkbox', { name: 'Danish Reuma Biobank (DRB)' }),
    ).toBeChecked();
    // The demo's biomarker rule also suggests the Pato Biobank; the secretariat decides against it.
    const pato = dialog.getByRole('checkbox', { name: 'The Pato Biobank (PATO)' });
    await expect(pato).toBeChecked();
    await expect(pato).toHaveAccessibleDescription(
      'Suggested: rule “Biomarkørudvikling: Kræftbiobank og patologi”',
    );
    await pato.uncheck();
    await dialog.getByLabel(/Note to the biobanks/).fill(note);
    await a11y.check('route dialog');
    await dialog.getByRole('button', { name: 'Route', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(details.status('Routed to biobanks')).toBeVisible();
    await expect(details.routing('DCB')).toContainText('Awaiting answer');
    await expect(details.routing('DRB')).toContainText(note);
    await expect(page.getByText('Søren Holm routed the request to DCB, DRB')).toBeVisible();
    await a11y.check('request page, routed');
    await details.logOut();
  });

  for (const [coordinator, code] of [
    [DEMO.coordinatorDcb, 'DCB'],
    [DEMO.coordinatorDrb, 'DRB'],
  ] as const) {
    await test.step(`the coordinator of ${code} accepts, starts and delivers`, async () => {
      await new LoginPage(page).logInAs(coordinator, DEMO_PASSWORD);
      await expect(page).toHaveURL(/\/biobank-queue/);
      const queue = new QueuePage(page);
      await expect(queue.heading('Biobank queue')).toBeVisible();
      await queue.search(reference);
      await expect(queue.row(reference)).toContainText(`${code}: Awaiting answer`);
      await expect(queue.row(reference)).toContainText('High');
      await a11y.check(`biobank queue, ${code}`);
      await queue.openRequest(reference);

      const details = new RoutedRequestPage(page);
      await expect(details.triagePanel).toHaveCount(0);
      await expect(details.routing(code)).toContainText(note);
      await a11y.check(`request page, coordinator of ${code}`);
      await details.routingAction(code, 'Accept', 'Accepted');
      await details.routingAction(code, 'Start work', 'In progress');
      await expect(details.status('In progress')).toBeVisible();
      await details.routingAction(code, 'Mark as delivered', 'Delivered');
      await a11y.check(`request page, ${code} delivered`);
      await details.logOut();
    });
  }

  await test.step('the secretariat closes it as completed', async () => {
    await new LoginPage(page).logInAs(DEMO.secretariat, DEMO_PASSWORD);
    await page.goto(requestUrl);
    const details = new RoutedRequestPage(page);
    await details.takeAction('Close as completed');
    const dialog = page.getByRole('dialog', { name: 'Close as completed' });
    await dialog.getByRole('button', { name: 'Close as completed' }).click();
    await expect(details.status('Completed')).toBeVisible();
    await details.logOut();
  });

  await test.step('the researcher sees the request completed, with the whole history', async () => {
    await new LoginPage(page).logInAs(researcher.email, researcher.password);
    const list = new RequestListPage(page);
    await expect(list.row(reference)).toContainText('Completed');
    await list.openRequest(reference);
    const details = new RoutedRequestPage(page);
    await expect(details.status('Completed')).toBeVisible();
    // The secretariat's note is for the biobanks only.
    await expect(page.getByText(note)).toHaveCount(0);
    const timeline = page.getByRole('list').filter({ hasText: `Submitted by ${researcher.name}` });
    await expect(timeline).toContainText('Søren Holm routed the request to DCB, DRB');
    for (const code of ['DCB', 'DRB']) {
      await expect(timeline).toContainText(new RegExp(`accepted on behalf of ${code}`));
      await expect(timeline).toContainText(new RegExp(`delivered on behalf of ${code}`));
    }
    await expect(timeline).toContainText('Søren Holm closed the request as completed');
    await a11y.check('request page, completed, researcher');
  });
});
