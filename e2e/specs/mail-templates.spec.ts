import { DEMO_PASSWORD, expect, test } from '../fixtures/portal.fixture';
import { DEMO } from '../fixtures/people';
import { BiobanksPage, MailTemplatesPage } from '../pom/admin-mail.pages';
import { LoginPage } from '../pom/auth.pages';

test('an admin previews a mail template in both languages, sends it as a test and gives a biobank a shared mailbox', async ({
  page,
  a11y,
  portal,
}) => {
  await new LoginPage(page).logInAs(DEMO.admin, DEMO_PASSWORD);

  await test.step('the admin previews the mail a biobank gets, in English and in Danish', async () => {
    const templates = new MailTemplatesPage(page);
    await templates.openFromMenu();
    await templates.choose('New request for a biobank');
    await templates.inLanguage('English');
    await expect(templates.subject).toHaveText(
      /^\[BGB-2026-00042\] New request for Danish Cancer Biobank: /,
    );
    await expect(templates.html.getByRole('heading', { name: 'What happens next' })).toBeVisible();
    await expect(templates.html.getByRole('link', { name: 'Open the request' })).toHaveAttribute(
      'href',
      /\/requests\//,
    );
    await expect(templates.text).toContainText('It is the turn of Danish Cancer Biobank');
    await templates.checkPage(a11y, 'mail templates page, English preview');

    await templates.inLanguage('Danish');
    await expect(templates.subject).toHaveText(
      /^\[BGB-2026-00042\] Ny henvendelse til Danske Cancer Biobank: /,
    );
    await expect(templates.html.getByRole('heading', { name: 'Hvad sker der nu' })).toBeVisible();
    await expect(templates.text).toContainText(
      'Åbn henvendelsen i portalen, og accepter eller afvis den.',
    );
    // The page was checked above; once axe has run, the browser never reports a sandboxed
    // frame's new document idle, so the Danish mail is checked on a page of its own.
    await templates.checkPreviewedMail('the Danish mail itself');

    await templates.sendTestTo('it-check@hospital.example');
    await expect(templates.status).toContainText('is queued');
    const [test] = await portal.smtp.waitFor((mail) =>
      mail.to.includes('it-check@hospital.example'),
    );
    expect(test.subject).toMatch(/^\[BGB-2026-00042\] Ny henvendelse til Danske Cancer Biobank: /);
    expect(test.html).toContain('Hvad sker der nu');
  });

  await test.step('the admin gives the Reuma Biobank a shared mailbox, after a mistyped one is refused', async () => {
    const biobanks = new BiobanksPage(page);
    await biobanks.openFromMenu();
    await a11y.check('biobanks page');
    const dialog = await biobanks.editMailbox('Danish Reuma Biobank');
    await biobanks.save(dialog, 'drb@biobank');
    await expect(dialog.getByRole('textbox', { name: /Shared mailbox/ })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    await a11y.check('shared mailbox dialog with an error');
    await biobanks.save(dialog, 'drb@biobank.example');
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('main').getByRole('status')).toContainText(
      'The shared mailbox of Danish Reuma Biobank is saved.',
    );
    await expect(biobanks.row('Danish Reuma Biobank')).toContainText('drb@biobank.example');

    // Other journeys count the mails of the Reuma Biobank's routings: leave it as the demo has it.
    await biobanks.save(await biobanks.editMailbox('Danish Reuma Biobank'), '');
    await expect(biobanks.row('Danish Reuma Biobank')).toContainText('None');
  });
});
