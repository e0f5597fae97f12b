import { DEMO_PASSWORD, expect, test } from '../fixtures/portal.fixture';
import { DEMO, newResearcher } from '../fixtures/people';
import { LoginPage, RegisterPage } from '../pom/auth.pages';
import { NewRequestPage, RequestDetailsPage } from '../pom/request.pages';
import { ServiceQuestionsPage } from '../pom/service-questions.pages';

test('an admin adds a question to a service; researchers answer it in English and in Danish and see their answers', async ({
  page,
  a11y,
}) => {
  const service = 'Storage of research samples';

  await test.step('the admin adds a required question and publishes version 2', async () => {
    await new LoginPage(page).logInAs(DEMO.admin, DEMO_PASSWORD);
    const admin = new ServiceQuestionsPage(page);
    await admin.openFromMenu();
    await admin.chooseService(service);
    await expect(admin.currentVersion(1)).toBeVisible();
    await a11y.check('service questions page');

    await admin.addQuestion({
      key: 'tubesPerParticipant',
      kind: 'Whole number',
      labelEn: 'Tubes per participant',
      labelDa: 'Rør pr. deltager',
      helpEn: 'How many tubes each participant gives.',
      helpDa: 'Hvor mange rør hver deltager afgiver.',
      required: true,
      min: '1',
      max: '20',
    });
    const preview = await admin.openPreview();
    await expect(preview.getByLabel(/^Tubes per participant/)).toHaveAccessibleDescription(
      /How many tubes each participant gives/,
    );
    await a11y.check('preview of the questions');
    await preview.getByRole('button', { name: 'Close' }).click();
    await admin.publish(2);
    await expect(page.getByRole('table').getByRole('row')).toHaveCount(3);
    await a11y.check('service questions page after publishing');
    await admin.logOut();
  });

  const researcher = newResearcher();
  await test.step('a researcher answers in English; a wrong answer is flagged first', async () => {
    await new RegisterPage(page).registerAs(researcher);
    const form = new NewRequestPage(page);
    await form.goto();
    await form.fill({
      title: 'Biobanking of serum from a diabetes cohort',
      service,
      biobanks: ['Danish Blood Donor Biobank (DBB)'],
      projectDescription: 'We collect serum from 300 participants and need it stored.',
      principalInvestigator: 'Dr. Lene Holm',
      answers: {
        'Material to be stored': ['Serum'],
        'Volume per sample (ml)': '1.5',
        'Storage period (years)': '60',
        'Consent basis': 'Informed consent',
        'Tubes per participant': '4',
      },
    });
    const years = form.questions.getByLabel(/^Storage period \(years\)/);
    await years.blur();
    await expect(years).toHaveAttribute('aria-invalid', 'true');
    await expect(years).toHaveAccessibleDescription(/Must be at most 50/);
    await a11y.check('request form with a wrong answer');
    await form.openStep('Review and submit');
    await expect(
      page.getByRole('region', { name: 'Still missing before you can submit' }),
    ).toContainText('Storage period (years)');
    await expect(page.getByRole('button', { name: 'Submit request' })).toBeDisabled();

    await form.openStep('Samples and data');
    await years.fill('10');
    await form.submit();
    const details = new RequestDetailsPage(page);
    await details.reference();
    const answers = page.getByRole('region', { name: 'Answers about the service' });
    await expect(answers).toContainText('Answered under version 2 of the questions');
    await expect(answers.getByRole('definition').filter({ hasText: /^10$/ })).toBeVisible();
    await expect(answers).toContainText('Tubes per participant');
    await expect(answers).toContainText('Informed consent');
    await a11y.check('request page with answers');
  });

  await test.step('the same researcher answers again in Danish', async () => {
    await new RegisterPage(page).switchLanguageTo('Dansk');
    const form = new NewRequestPage(page);
    await page.goto('/requests/new');
    await expect(page.getByRole('heading', { level: 1, name: 'Ny henvendelse' })).toBeVisible();
    await page.getByLabel(/^Titel/).fill('Opbevaring af plasma fra en hjertekohorte');
    await page
      .getByLabel(/^Projektbeskrivelse/)
      .fill('Plasma fra 200 deltagere skal opbevares i 15 år.');
    await form.openStep('Personer');
    await page.getByLabel(/^Projektansvarlig forsker/).fill('Overlæge Åse Ø');
    await form.openStep('Prøver og data');
    await page.getByLabel(/^Service/).selectOption({ label: 'Opbevaring af forskningsprøver' });
    await form.answerQuestions({
      'Materiale, der skal opbevares': ['Plasma'],
      'Volumen pr. prøve (ml)': '2,5',
      'Opbevaringsperiode (år)': '15',
      Samtykkegrundlag: 'Informeret samtykke',
      'Rør pr. deltager': '30',
    });
    await page.getByRole('checkbox', { name: 'Dansk Bloddonor Biobank (DBB)' }).check();
    const tubes = form.questions.getByLabel(/^Rør pr\. deltager/);
    await expect(tubes).toHaveAttribute('aria-invalid', 'true');
    await expect(tubes).toHaveAccessibleDescription(/Må højst være 20/);
    await a11y.check('request form with a wrong answer in Danish');

    await tubes.fill('3');
    await form.openStep('Gennemse og send');
    await a11y.check('review step with the answers in Danish');
    await page.getByRole('button', { name: 'Send henvendelse' }).click();
    await new RequestDetailsPage(page).reference();
    const answers = page.getByRole('region', { name: 'Svar om servicen' });
    await expect(answers).toContainText('Besvaret under version 2 af spørgsmålene');
    await expect(answers).toContainText('Rør pr. deltager');
    await expect(answers).toContainText('Informeret samtykke');
    await expect(answers).toContainText('2,5');
    await a11y.check('request page with answers in Danish');
  });
});
