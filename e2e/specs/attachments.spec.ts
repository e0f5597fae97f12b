import { DEMO_PASSWORD, expect, test } from '../fixtures/portal.fixture';
import { DEMO, newResearcher } from '../fixtures/people';
import { MessageAttachments } from '../pom/attachments.pages';
import { LoginPage, RegisterPage } from '../pom/auth.pages';
import { NewRequestPage, RequestDetailsPage } from '../pom/request.pages';

const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
);
/** The start of a Linux program, dressed up as a PDF. */
const PROGRAM = Buffer.concat([
  Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00]),
  Buffer.alloc(120, 0),
]);
const CSV = Buffer.from('prøve;vurdering\nP-17;for lidt væv\n');

test('a researcher sends an approval with a message; the secretariat downloads it and keeps its own file in an internal note', async ({
  page,
  a11y,
}) => {
  const researcher = newResearcher();
  const files = new MessageAttachments(page);
  const approval = 'Etisk godkendelse H-24001.pdf';
  const internalFile = 'Intern vurdering af væv.csv';
  let requestUrl = '';

  await test.step('the researcher is told why a program renamed .pdf is refused', async () => {
    await new RegisterPage(page).registerAs(researcher);
    const form = new NewRequestPage(page);
    await form.goto();
    await form.fill({
      title: 'Plasma fra hjertepatienter',
      service: 'Access to samples and data',
      biobanks: ['Danish Cancer Biobank (DCB)'],
      projectDescription: 'Vi har brug for plasma fra 300 patienter.',
      principalInvestigator: 'Dr. Holm',
    });
    await form.submit();
    await new RequestDetailsPage(page).reference();
    requestUrl = page.url();
    await expect(files.section('Attachments')).toContainText('No files have been attached yet.');

    await files.attach(/Attach files/, {
      name: 'protocol.pdf',
      mimeType: 'application/pdf',
      buffer: PROGRAM,
    });
    await expect(page.getByRole('alert')).toContainText(
      '“protocol.pdf” cannot be attached: only PDF, DOCX, XLSX, CSV, PNG and JPEG files are accepted',
    );
    await expect(files.attached('Files to send with the message')).toHaveCount(0);
    await a11y.check('request page with a refused file');
  });

  await test.step('the researcher attaches the approval to a message and sends it', async () => {
    await files.attach(/Attach files/, {
      name: approval,
      mimeType: 'application/pdf',
      buffer: PDF,
    });
    await expect(page.getByText(`Uploaded: ${approval}`)).toBeVisible();
    await expect(files.attached('Files to send with the message')).toContainText(approval);
    await a11y.check('message composer with an attached file');
    await page.getByLabel(/Write a message/).fill('Her er den etiske godkendelse.');
    await page.getByRole('button', { name: 'Send' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Your message has been sent.' }),
    ).toBeVisible();
    await expect(
      page.getByRole('list', { name: 'Attached files' }).getByRole('link', { name: approval }),
    ).toBeVisible();
    await expect(files.section('Attachments').getByRole('link', { name: approval })).toBeVisible();
    await a11y.check('request page with a sent file');
    await new RequestDetailsPage(page).logOut();
  });

  await test.step('the secretariat downloads it and, in Danish, sends a file with an internal note', async () => {
    await new LoginPage(page).logInAs(DEMO.secretariat, DEMO_PASSWORD);
    await page.goto(requestUrl);
    expect(await files.download(approval)).toBe(approval);
    const details = new RequestDetailsPage(page);
    await details.switchLanguageTo('Dansk');
    await expect(
      files.section('Vedhæftede filer').getByRole('link', { name: approval }),
    ).toBeVisible();
    await files.attach(/Vedhæft filer/, { name: internalFile, mimeType: 'text/csv', buffer: CSV });
    await expect(files.attached('Filer der sendes med beskeden')).toContainText(internalFile);
    await a11y.check('anmodningsside med en vedhæftet fil (dansk)');
    await page.getByLabel(/Skriv en besked/).fill('Kun til os: se vurderingen.');
    await page.getByRole('checkbox', { name: /Intern note/ }).check();
    await page.getByRole('button', { name: 'Send' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Din interne note er gemt.' }),
    ).toBeVisible();
    await expect(
      files.section('Vedhæftede filer').getByRole('link', { name: internalFile }),
    ).toBeVisible();
    await a11y.check('anmodningsside med en intern fil (dansk)');
    await details.switchLanguageTo('English');
    await details.logOut();
  });

  await test.step('the researcher sees the approval but never the internal note’s file, in either language', async () => {
    await new LoginPage(page).logInAs(researcher.email, researcher.password);
    await page.goto(requestUrl);
    await expect(files.section('Attachments').getByRole('link', { name: approval })).toBeVisible();
    await expect(page.getByText(internalFile)).toHaveCount(0);
    await a11y.check('request page as the researcher');
    await new RequestDetailsPage(page).switchLanguageTo('Dansk');
    await expect(
      files.section('Vedhæftede filer').getByRole('link', { name: approval }),
    ).toBeVisible();
    await expect(page.getByText(internalFile)).toHaveCount(0);
    await a11y.check('anmodningsside som forsker (dansk)');
    await new RequestDetailsPage(page).switchLanguageTo('English');
  });
});
