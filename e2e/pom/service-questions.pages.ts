import { expect, type Locator } from '@playwright/test';
import { PortalPage } from './portal.page';

export interface NewQuestion {
  key: string;
  kind: string;
  labelEn: string;
  labelDa: string;
  helpEn?: string;
  helpDa?: string;
  required: boolean;
  min?: string;
  max?: string;
}

/** The administrator's page for each service's questions and their versions. */
export class ServiceQuestionsPage extends PortalPage {
  async openFromMenu(): Promise<void> {
    await this.nav.getByRole('link', { name: 'Service questions' }).click();
    await expect(this.page).toHaveURL(/\/admin\/service-questions$/);
    await expect(this.heading('Service questions')).toBeVisible();
  }

  async chooseService(name: string): Promise<void> {
    await this.page.getByLabel('Service', { exact: true }).selectOption({ label: name });
    await expect(this.page.getByRole('button', { name: /^Publish as version/ })).toBeVisible();
  }

  currentVersion(version: number): Locator {
    return this.page.getByText(new RegExp(`^Current version: ${version},`));
  }

  question(number: number): Locator {
    return this.page.getByRole('group', { name: new RegExp(`^Question ${number}:`) });
  }

  /** Adds a question at the end and fills it in; returns its card. */
  async addQuestion(question: NewQuestion): Promise<Locator> {
    const count = await this.page.getByRole('group', { name: /^Question \d+:/ }).count();
    await this.page.getByRole('button', { name: 'Add a question' }).click();
    const card = this.question(count + 1);
    await card.getByLabel(/^Key/).fill(question.key);
    await card.getByLabel('Kind of answer').selectOption({ label: question.kind });
    await card.getByLabel(/^Question in English/).fill(question.labelEn);
    await card.getByLabel(/^Question in Danish/).fill(question.labelDa);
    if (question.helpEn) await card.getByLabel('Help text in English').fill(question.helpEn);
    if (question.helpDa) await card.getByLabel('Help text in Danish').fill(question.helpDa);
    if (question.required) await card.getByLabel('An answer is required').check();
    if (question.min) await card.getByLabel('Smallest answer').fill(question.min);
    if (question.max) await card.getByLabel('Largest answer').fill(question.max);
    return card;
  }

  async openPreview(): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Preview' }).click();
    const dialog = this.page.getByRole('dialog', {
      name: 'The questions as a researcher sees them',
    });
    await expect(dialog).toBeVisible();
    return dialog;
  }

  async publish(version: number): Promise<void> {
    await this.page.getByRole('button', { name: `Publish as version ${version}` }).click();
    await expect(this.page.getByRole('main').getByRole('status')).toContainText(
      `Version ${version} is published.`,
    );
    await expect(this.currentVersion(version)).toBeVisible();
  }
}
