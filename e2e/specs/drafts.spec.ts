import { A11y, expect, test } from '../fixtures/portal.fixture';
import { newResearcher } from '../fixtures/people';
import { RegisterPage } from '../pom/auth.pages';
import { MessageAttachments } from '../pom/attachments.pages';
import { NewRequestPage, RequestDetailsPage } from '../pom/request.pages';

const PROTOCOL = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
);

test.describe('drafts: a request written over several sittings', () => {
  test('a researcher writes, leaves, resumes, meets a second tab, completes and submits; deletes a draft; copies a request', async ({
    page,
    context,
    a11y,
  }) => {
    const researcher = newResearcher();
    await new RegisterPage(page).registerAs(researcher);
    const form = new NewRequestPage(page);
    const title = 'Cirkulerende tumor-DNA efter operation';

    await test.step('typing starts a draft that saves itself', async () => {
      await form.goto();
      await expect(page.getByRole('status').filter({ hasText: 'Not saved yet' })).toBeVisible();
      await page.getByLabel('Title').fill(title);
      await form.waitUntilSaved();
      await expect(page).toHaveURL(/\/drafts\/[0-9a-f-]{36}$/);
      await a11y.check('draft form, project step');
    });

    await test.step('after a reload and via My requests, the draft resumes where it was left', async () => {
      await page.reload();
      await expect(page.getByLabel('Title')).toHaveValue(title);
      await page.getByRole('link', { name: 'My requests' }).first().click();
      const drafts = page.getByRole('table', { name: 'Drafts' });
      await expect(drafts.getByRole('row', { name: new RegExp(title) })).toBeVisible();
      await a11y.check('my requests with a draft');
      await drafts.getByRole('link', { name: `Resume ${title}` }).click();
      await expect(page.getByLabel('Title')).toHaveValue(title);
    });

    await test.step('the same draft edited in two tabs: the second save gets the conflict dialog and reloads', async () => {
      const second = await context.newPage();
      await second.goto(page.url());
      await expect(second.getByLabel('Title')).toHaveValue(title);

      await page.getByLabel('Project description').fill('Vi følger 300 patienter i to år.');
      await form.waitUntilSaved();

      await second.getByLabel('Title').fill(`${title} (tab two)`);
      const dialog = second.getByRole('dialog', {
        name: 'This draft was changed in another tab or window',
      });
      await expect(dialog).toBeVisible({ timeout: 10_000 });
      await new A11y(second).check('conflict dialog');
      await dialog.getByRole('button', { name: 'Reload the latest version' }).click();
      await expect(dialog).toBeHidden();
      await expect(second.getByLabel('Title')).toHaveValue(title);
      await expect(second.getByLabel('Project description')).toHaveValue(
        'Vi følger 300 patienter i to år.',
      );
      await second.close();
    });

    await test.step('every step in English, the review naming what is missing', async () => {
      await form.openStep('People');
      await expect(page.getByLabel('Principal investigator')).toBeVisible();
      await page.getByRole('button', { name: 'Add a co-applicant' }).click();
      await page
        .getByRole('group', { name: 'Co-applicant 1' })
        .getByLabel('Name')
        .fill('Ole Hansen');
      await page.getByLabel("Industry partner's CVR number").fill('24256791');
      await page.getByLabel("Industry partner's CVR number").blur();
      await expect(page.getByLabel("Industry partner's CVR number")).toHaveAccessibleDescription(
        /check digit does not match/,
      );
      await a11y.check('draft form, people step with a bad CVR number');
      await page.getByLabel("Industry partner's CVR number").fill('24256790');
      await form.openStep('Approvals');
      await page
        .getByLabel(/Ethics committee/)
        .fill('De Videnskabsetiske Komitéer for Region Hovedstaden');
      await page
        .getByLabel('Consent basis')
        .selectOption({ label: 'Informed consent from the participants' });
      await a11y.check('draft form, approvals step');
      await form.openStep('Samples and data');
      await a11y.check('draft form, samples step');
      await form.openStep('Attachments');
      const files = new MessageAttachments(page);
      await files.attach('Add files', {
        name: 'protokol.pdf',
        mimeType: 'application/pdf',
        buffer: PROTOCOL,
      });
      await expect(
        files.section('Attachments').getByRole('link', { name: 'protokol.pdf' }),
      ).toBeVisible();
      await a11y.check('draft form, attachments step with a protocol');
      await form.openStep('Review and submit');
      const missing = page.getByRole('region', { name: 'Still missing before you can submit' });
      await expect(missing).toContainText('Principal investigator');
      await expect(missing).toContainText('Co-applicant 1: Institution');
      await expect(missing).toContainText('Biobanks');
      await expect(page.getByRole('button', { name: 'Submit request' })).toBeDisabled();
      await a11y.check('draft form, review step with missing fields');

      await missing.getByRole('button', { name: 'Go to People' }).first().click();
      await page.getByLabel('Principal investigator').fill('Professor Ørnsø');
      const coApplicant = page.getByRole('group', { name: 'Co-applicant 1' });
      await coApplicant.getByLabel('Institution').fill('SDU');
      await coApplicant.getByLabel('E-mail address').fill('ole@sdu.dk');
      await form.openStep('Samples and data');
      await page.getByLabel('Service').selectOption({ label: 'Biomarker development support' });
      await form.answerEveryQuestion();
      await page.getByRole('checkbox', { name: 'Danish Cancer Biobank (DCB)' }).check();
      await form.openStep('Review and submit');
      await expect(page.getByText('Everything needed is filled in.')).toBeVisible();
      await a11y.check('draft form, review step complete');
    });

    let requestUrl = '';
    await test.step('submitting gives a reference, and the draft is gone from the drafts', async () => {
      await form.submit();
      await expect(
        page.getByRole('status').filter({ hasText: 'has been submitted' }),
      ).toBeVisible();
      await new RequestDetailsPage(page).reference();
      await expect(
        page.getByText('De Videnskabsetiske Komitéer for Region Hovedstaden'),
      ).toBeVisible();
      // The draft's protocol is now the request's own document.
      await expect(
        page
          .getByRole('region', { name: 'Attachments' })
          .getByRole('link', { name: 'protokol.pdf' }),
      ).toBeVisible();
      requestUrl = page.url();
      await page.getByRole('link', { name: 'My requests' }).first().click();
      await expect(page.getByRole('table', { name: 'My requests' })).toContainText(title);
      await expect(page.getByRole('table', { name: 'Drafts' })).toHaveCount(0);
    });

    await test.step('another draft is deleted after confirming', async () => {
      await form.goto();
      await page.getByLabel('Title').fill('Not worth pursuing');
      await form.waitUntilSaved();
      await page.getByRole('link', { name: 'My requests' }).first().click();
      await page.getByRole('button', { name: 'Delete Not worth pursuing' }).click();
      const dialog = page.getByRole('dialog', { name: 'Delete this draft?' });
      await a11y.check('delete draft dialog');
      await dialog.getByRole('button', { name: 'Delete draft' }).click();
      await expect(dialog).toBeHidden();
      await expect(page.getByRole('table', { name: 'Drafts' })).toHaveCount(0);
    });

    await test.step('the submitted request is copied as a new draft', async () => {
      await page.goto(requestUrl);
      await page.getByRole('button', { name: 'Copy as new draft' }).click();
      await expect(page).toHaveURL(/\/drafts\/[0-9a-f-]{36}$/);
      await expect(page.getByLabel('Title')).toHaveValue(title);
      await form.openStep('Review and submit');
      await expect(page.getByText('Everything needed is filled in.')).toBeVisible();
    });
  });

  test('the whole form in Danish', async ({ page, a11y }) => {
    await new RegisterPage(page).registerAs(newResearcher());
    await new NewRequestPage(page).switchLanguageTo('Dansk');
    await page.goto('/requests/new');
    await expect(page.getByRole('heading', { level: 1, name: 'Ny henvendelse' })).toBeVisible();
    await page.getByLabel(/^Titel/).fill('Serumprøver til autoantistofstudie');
    await expect(page.getByRole('status').filter({ hasText: /^Gemt / })).toBeVisible({
      timeout: 10_000,
    });
    await a11y.check('kladde, projekt');
    for (const [step, label] of [
      ['Personer', 'kladde, personer'],
      ['Godkendelser', 'kladde, godkendelser'],
      ['Prøver og data', 'kladde, prøver og data'],
      ['Bilag', 'kladde, bilag'],
      ['Gennemse og send', 'kladde, gennemse og send'],
    ] as const) {
      await page
        .getByRole('button', { name: new RegExp(`^\\d*\\s*${step}`) })
        .first()
        .click();
      await a11y.check(label);
    }
    await expect(page.getByRole('region', { name: 'Mangler, før du kan sende' })).toContainText(
      'Projektbeskrivelse',
    );
    await expect(page.getByRole('button', { name: 'Send henvendelse' })).toBeDisabled();
  });
});
