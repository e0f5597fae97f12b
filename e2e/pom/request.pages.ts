import { expect, type Locator } from '@playwright/test';
import { PortalPage } from './portal.page';

export interface RequestInput {
  title: string;
  service: string;
  biobanks: string[];
  projectDescription: string;
  principalInvestigator: string;
  institution?: string;
  ethicsApprovalCaseNumber?: string;
  /**
   * Answers to the service's questions by their label; without them every question gets a
   * plausible answer (the first option, 1, a date, a sentence), for journeys about other things.
   */
  answers?: Record<string, QuestionAnswer>;
}

/** Text for a text, number or date question; `true`/`false` for yes/no; options' labels for choices. */
export type QuestionAnswer = string | boolean | string[];

/** The step-by-step request form, new (`/requests/new`) or a draft resumed (`/drafts/:id`). */
export class NewRequestPage extends PortalPage {
  static readonly STEPS = [
    'Project',
    'People',
    'Approvals',
    'Samples and data',
    'Attachments',
    'Review and submit',
  ] as const;

  async goto(): Promise<void> {
    await this.open('/requests/new');
    await expect(this.heading('New request')).toBeVisible();
    await expect(this.page.getByLabel('Title')).toBeEditable();
  }

  /** The live region that tells whether the draft is saved. */
  saveStatus(): Locator {
    return this.page.getByRole('status').filter({ hasText: /Saved|Saving|saved|Unsaved/ });
  }

  async waitUntilSaved(): Promise<void> {
    await expect(this.page.getByRole('status').filter({ hasText: /^Saved / })).toBeVisible({
      timeout: 10_000,
    });
  }

  async next(name = 'Next'): Promise<void> {
    await this.page.getByRole('button', { name, exact: true }).click();
  }

  /** Opens a step by its button in the row of steps. */
  async openStep(step: (typeof NewRequestPage.STEPS)[number] | string): Promise<void> {
    await this.page
      .getByRole('button', { name: new RegExp(`^\\d*\\s*${step}`) })
      .first()
      .click();
  }

  async fill(input: RequestInput): Promise<void> {
    await this.openStep('Project');
    await this.page.getByLabel('Title').fill(input.title);
    await this.page.getByLabel('Project description').fill(input.projectDescription);
    await this.openStep('People');
    await this.page.getByLabel('Principal investigator').fill(input.principalInvestigator);
    if (input.institution !== undefined)
      await this.page.getByLabel('Institution', { exact: false }).first().fill(input.institution);
    await this.openStep('Approvals');
    if (input.ethicsApprovalCaseNumber)
      await this.page
        .getByLabel(/Ethics approval case number/)
        .fill(input.ethicsApprovalCaseNumber);
    await this.openStep('Samples and data');
    await this.page.getByLabel('Service').selectOption({ label: input.service });
    if (input.answers) await this.answerQuestions(input.answers);
    else await this.answerEveryQuestion();
    for (const biobank of input.biobanks)
      await this.page.getByRole('checkbox', { name: biobank }).check();
  }

  /** Goes to the review step and submits; the draft is saved first. */
  async submit(): Promise<void> {
    await this.openStep('Review and submit');
    const submit = this.page.getByRole('button', { name: 'Submit request' });
    await expect(submit).toBeEnabled();
    await submit.click();
  }

  /** The section with the chosen service's questions, in either language. */
  get questions(): Locator {
    return this.page.getByRole('group', {
      name: /^(Questions about the service|Spørgsmål til servicen)$/,
    });
  }

  /** Answers questions by their label, in the language the page is shown in. */
  async answerQuestions(answers: Record<string, QuestionAnswer>): Promise<void> {
    await expect(this.questions).toBeVisible();
    const label = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
    for (const [question, answer] of Object.entries(answers)) {
      if (typeof answer === 'boolean') {
        const group = this.questions.getByRole('radiogroup', { name: label(question) });
        await group.getByRole('radio', { name: answer ? /^(Yes|Ja)$/ : /^(No|Nej)$/ }).check();
      } else if (Array.isArray(answer)) {
        const group = this.questions.getByRole('group', { name: label(question) });
        for (const option of answer)
          await group.getByRole('checkbox', { name: option, exact: true }).check();
      } else {
        const group = this.questions.getByRole('radiogroup', { name: label(question) });
        if ((await group.count()) > 0)
          await group.getByRole('radio', { name: answer, exact: true }).check();
        else await this.typeAnswer(this.questions.getByLabel(label(question)), answer);
      }
    }
  }

  /**
   * Types an answer and leaves the field, as a person does: the form checks a field when it is
   * left, and an error shown above the next field moves it, so the next click waits for that.
   */
  private async typeAnswer(field: Locator, answer: string): Promise<void> {
    await field.fill(answer);
    await field.blur();
    await this.page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
  }

  /** Gives every question of the chosen service a plausible answer. */
  async answerEveryQuestion(): Promise<void> {
    await expect(this.questions).toBeVisible();
    for (const group of await this.questions.getByRole('radiogroup').all())
      await group.getByRole('radio').first().check();
    for (const group of await this.questions.getByRole('group').all())
      await group.getByRole('checkbox').first().check();
    for (const field of await this.questions.locator('.mantine-NumberInput-input').all())
      await field.fill('1');
    for (const field of await this.questions.locator('input[type=date]').all())
      await field.fill('2027-06-30');
    for (const field of await this.questions
      .locator('input[type=text]:not(.mantine-NumberInput-input), textarea')
      .all()) {
      await field.fill('As described in the project description.');
    }
  }
}

export class RequestDetailsPage extends PortalPage {
  /** The reference shown as the page's main heading, e.g. BGB-2026-00004. */
  async reference(): Promise<string> {
    const heading = this.page.locator('main h1');
    await expect(heading).toHaveText(/BGB-\d{4}-\d{5,}/);
    const text = await heading.innerText();
    const match = /BGB-\d{4}-\d{5,}/.exec(text);
    if (!match) throw new Error(`No reference in heading "${text}"`);
    return match[0];
  }

  status(label: string) {
    return this.page.getByRole('main').getByText(label, { exact: true }).first();
  }

  async takeAction(name: string): Promise<void> {
    await this.page.getByRole('main').getByRole('button', { name }).click();
  }

  /** Opens the edit form of a request awaiting the researcher's answer; focus starts on its first field. */
  async openEditForm(): Promise<Locator> {
    await this.page.getByRole('main').getByRole('button', { name: 'Edit request' }).click();
    const dialog = this.page.getByRole('dialog', { name: /^Edit request BGB-/ });
    await expect(dialog.getByLabel('Title')).toBeFocused();
    return dialog;
  }

  /** The row of a history entry's change table that tells one field's value before and after. */
  historyChange(field: string): Locator {
    return this.page
      .getByRole('listitem')
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: field }) });
  }
}

export class RequestListPage extends PortalPage {
  table(name: 'My requests' | 'Triage queue' | 'Biobank queue') {
    return this.page.getByRole('table', { name });
  }

  row(reference: string) {
    return this.page.getByRole('row').filter({ hasText: reference });
  }

  async openRequest(reference: string): Promise<void> {
    await this.row(reference).getByRole('link').first().click();
    await expect(this.page).toHaveURL(/\/requests\/[0-9a-f-]{36}$/);
  }
}
