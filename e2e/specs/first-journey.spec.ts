import { DEMO_PASSWORD, expect, test } from '../fixtures/portal.fixture';
import { DEMO, newResearcher } from '../fixtures/people';
import { LoginPage, RegisterPage } from '../pom/auth.pages';
import { NewRequestPage, RequestDetailsPage, RequestListPage } from '../pom/request.pages';

test('a researcher registers, submits a request and sees the secretariat start triage', async ({
  page,
  portal,
  a11y,
}) => {
  const researcher = newResearcher();
  const title = 'Cirkulerende tumor-DNA som biomarkør — æøå';

  await test.step('the front page shows the catalogue', async () => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Research services from Bio- and Genome Bank Denmark',
    );
    await expect(page.getByRole('heading', { name: 'The five biobanks' })).toBeVisible();
    for (const biobank of [
      'Danish Cancer Biobank',
      'Danish Reuma Biobank',
      'Danish Genetic Biobank',
      'Danish Blood Donor Biobank',
      'The Pato Biobank',
    ]) {
      await expect(page.getByRole('heading', { name: biobank })).toBeVisible();
    }
    await expect(
      page.getByRole('heading', { name: 'Biomarker development support' }),
    ).toBeVisible();
    await a11y.check('front page');
  });

  await test.step('the researcher registers and is logged in', async () => {
    const register = new RegisterPage(page);
    await register.goto();
    await a11y.check('register page');
    await register.fill(researcher);
    await register.submit();
    await expect(page).toHaveURL(/\/requests$/);
    await expect(page.getByRole('heading', { level: 1, name: 'My requests' })).toBeVisible();
    await expect(page.getByText('You have not submitted any requests yet.')).toBeVisible();
    await a11y.check('my requests, empty');
  });

  let reference = '';
  await test.step('the researcher submits a request and gets a reference', async () => {
    await page.getByRole('link', { name: 'New request' }).first().click();
    const form = new NewRequestPage(page);
    await expect(form.heading('New request')).toBeVisible();
    await a11y.check('new request form');
    await form.fill({
      title,
      service: 'Biomarker development support',
      biobanks: ['Danish Cancer Biobank (DCB)', 'The Pato Biobank (PATO)'],
      projectDescription: 'Vi vil måle ctDNA i plasma før og efter operation.',
      principalInvestigator: 'Professor Øjvind Ærø',
      ethicsApprovalCaseNumber: 'H-22012345',
    });
    await form.submit();
    const details = new RequestDetailsPage(page);
    await expect(page.getByRole('status').filter({ hasText: 'has been submitted' })).toBeVisible();
    reference = await details.reference();
    expect(reference).toMatch(new RegExp(`^BGB-${new Date().getFullYear()}-\\d{5}$`));
    await expect(page.getByRole('main').getByText(title).first()).toBeVisible();
    await expect(details.status('Submitted')).toBeVisible();
    await a11y.check('request page, submitted');
  });

  await test.step('the request shows in "My requests" as submitted', async () => {
    await page.getByRole('link', { name: 'My requests' }).first().click();
    const list = new RequestListPage(page);
    await expect(list.row(reference)).toContainText('Submitted');
    await expect(list.row(reference)).toContainText(title);
    await a11y.check('my requests, one request');
    await list.logOut();
  });

  await test.step('the secretariat finds it in the triage queue and starts triage', async () => {
    await new LoginPage(page).logInAs(DEMO.secretariat, DEMO_PASSWORD);
    await expect(page).toHaveURL(/\/triage/);
    const queue = new RequestListPage(page);
    await expect(queue.row(reference)).toContainText(researcher.name);
    await a11y.check('triage queue');
    await page.getByLabel('Status').selectOption({ label: 'Submitted' });
    await expect(page).toHaveURL(/status=submitted/);
    await expect(queue.row(reference)).toBeVisible();
    await a11y.check('triage queue, filtered');
    await queue.openRequest(reference);
    const details = new RequestDetailsPage(page);
    await a11y.check('request page, secretariat');
    await details.takeAction('Start triage');
    await expect(details.status('In triage')).toBeVisible();
    await details.logOut();
  });

  await test.step('the researcher sees the new status', async () => {
    await new LoginPage(page).logInAs(researcher.email, researcher.password);
    const list = new RequestListPage(page);
    await expect(list.row(reference)).toContainText('In triage');
    await list.openRequest(reference);
    await expect(new RequestDetailsPage(page).status('In triage')).toBeVisible();
    await a11y.check('request page, in triage');
  });

  await test.step('a receipt and a new-request notice arrive by SMTP with the reference in the subject', async () => {
    const [receipt] = await portal.smtp.waitFor((mail) => mail.to.includes(researcher.email));
    expect(receipt.subject).toContain(reference);
    expect(receipt.text).toContain(title);
    const [notice] = await portal.smtp.waitFor(
      (mail) => mail.to.includes('secretariat@bgb.example') && mail.subject.includes(reference),
    );
    expect(notice.subject).toBe(`[${reference}] Ny henvendelse: ${title}`);
  });
});
