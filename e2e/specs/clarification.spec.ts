import { DEMO_PASSWORD, expect, test } from '../fixtures/portal.fixture';
import { DEMO, newResearcher } from '../fixtures/people';
import { LoginPage, RegisterPage } from '../pom/auth.pages';
import { NewRequestPage, RequestDetailsPage, RequestListPage } from '../pom/request.pages';

test('the secretariat asks, notes internally, and the researcher edits the request, answers and writes back', async ({
  page,
  portal,
  a11y,
}) => {
  const researcher = newResearcher();
  const internalNote = 'Intern: tjek om DCB har nok væv';
  let reference = '';
  let requestUrl = '';

  await test.step('a researcher submits a request', async () => {
    await new RegisterPage(page).registerAs(researcher);
    const form = new NewRequestPage(page);
    await form.goto();
    await form.fill({
      title: 'Væv fra tyktarmskræft',
      service: 'Access to samples and data',
      biobanks: ['Danish Cancer Biobank (DCB)'],
      projectDescription: 'Vi har brug for FFPE-væv fra 200 patienter.',
      principalInvestigator: 'Dr. Ærø',
    });
    await form.submit();
    reference = await new RequestDetailsPage(page).reference();
    requestUrl = page.url();
    await expect(
      page.getByRole('heading', { level: 2, name: 'History and messages' }),
    ).toBeVisible();
    await expect(page.getByText(`Submitted by ${researcher.name}`)).toBeVisible();
    await expect(page.getByRole('checkbox', { name: /Internal note/ })).toHaveCount(0);
    await form.logOut();
  });

  await test.step('the secretariat starts triage, writes an internal note and asks a question', async () => {
    await new LoginPage(page).logInAs(DEMO.secretariat, DEMO_PASSWORD);
    await page.goto(requestUrl);
    const details = new RequestDetailsPage(page);
    await details.takeAction('Start triage');
    await expect(details.status('In triage')).toBeVisible();

    await page.getByLabel(/Write a message/).fill(internalNote);
    await page.getByRole('checkbox', { name: /Internal note/ }).check();
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Your internal note has been saved.' }),
    ).toBeVisible();
    await expect(page.getByRole('listitem').filter({ hasText: internalNote })).toContainText(
      'Internal note',
    );

    await details.takeAction('Ask the researcher');
    const dialog = page.getByRole('dialog');
    await dialog
      .getByLabel(/Question to the researcher/)
      .fill('Hvilke kliniske data skal følge med?');
    await a11y.check('ask the researcher dialog');
    await dialog.getByRole('button', { name: 'Ask the researcher' }).click();
    await expect(details.status('Awaiting researcher')).toBeVisible();
    await a11y.check('request page with history, secretariat');
    await details.logOut();
  });

  await test.step('the researcher gets the question by mail and answers in the portal', async () => {
    const [question] = await portal.smtp.waitFor(
      (mail) =>
        mail.to.includes(researcher.email) &&
        mail.subject === `[${reference}] A question about your request`,
    );
    expect(question.text).toContain('Hvilke kliniske data skal følge med?');

    await new LoginPage(page).logInAs(researcher.email, researcher.password);
    const list = new RequestListPage(page);
    await expect(list.row(reference)).toContainText('Awaiting researcher');
    await list.openRequest(reference);
    const details = new RequestDetailsPage(page);
    await expect(page.getByText('Hvilke kliniske data skal følge med?')).toBeVisible();
    await expect(page.getByText(internalNote)).toHaveCount(0);
    await expect(
      page.getByRole('heading', { level: 2, name: 'The secretariat has asked you a question' }),
    ).toBeVisible();

    const editForm = await details.openEditForm();
    await expect(editForm.getByLabel('Principal investigator')).toHaveValue('Dr. Ærø');
    await editForm.getByLabel('Title').fill('Væv og kliniske data fra tyktarmskræft');
    await a11y.check('edit request form');
    await editForm.getByRole('button', { name: 'Save changes' }).click();
    await expect(editForm).toBeHidden();
    await expect(
      page.getByRole('main').getByRole('button', { name: 'Edit request' }),
    ).toBeFocused();
    await expect(
      page.getByRole('status').filter({ hasText: 'Your changes are saved' }),
    ).toBeVisible();
    await expect(
      page.getByText('Væv og kliniske data fra tyktarmskræft', { exact: true }).first(),
    ).toBeVisible();
    await expect(page.getByText(`${researcher.name} edited the request`)).toBeVisible();
    await expect(details.historyChange('Title').getByRole('cell')).toHaveText([
      'Væv fra tyktarmskræft',
      'Væv og kliniske data fra tyktarmskræft',
    ]);

    await details.takeAction('Answer');
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/Your answer to the secretariat/).fill('Alder, køn og stadie.');
    await dialog.getByRole('button', { name: 'Answer' }).click();
    await expect(details.status('In triage')).toBeVisible();

    await page.getByLabel(/Write a message/).fill('Vi kan også bruge <b>frisk</b> væv.');
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Your message has been sent.' }),
    ).toBeVisible();
    // Shown as text, never as markup.
    await expect(page.getByText('Vi kan også bruge <b>frisk</b> væv.')).toBeVisible();
    const timeline = page.getByRole('list').filter({ hasText: `Submitted by ${researcher.name}` });
    // Submitted, triage started, question, edit, answer, message — the internal note is not there.
    await expect(timeline.getByRole('listitem')).toHaveCount(6);
    await a11y.check('request page with history, researcher');
  });

  await test.step('the secretariat is told of the answer and the message', async () => {
    await portal.smtp.waitFor((mail) =>
      mail.subject.startsWith(`[${reference}] Forskeren har svaret`),
    );
    const [message] = await portal.smtp.waitFor((mail) =>
      mail.subject.startsWith(`[${reference}] Ny besked fra forskeren`),
    );
    expect(message.text).toContain('Vi kan også bruge <b>frisk</b> væv.');
    expect(portal.smtp.mails.some((mail) => mail.text.includes(internalNote))).toBe(false);
  });
});
