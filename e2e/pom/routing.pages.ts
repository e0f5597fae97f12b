import { expect, type Locator } from '@playwright/test';
import { RequestDetailsPage } from './request.pages';

/** A request page with the secretariat's triage panel and the biobanks' part of the work. */
export class RoutedRequestPage extends RequestDetailsPage {
  get triagePanel(): Locator {
    return this.page.getByRole('region', { name: 'Triage' });
  }

  get biobanks(): Locator {
    return this.page.getByRole('region', { name: 'Biobanks' });
  }

  routing(code: string): Locator {
    return this.biobanks.getByRole('listitem').filter({ hasText: `(${code})` });
  }

  async assignToMe(name: string): Promise<void> {
    await this.triagePanel.getByRole('button', { name: 'Assign to me' }).click();
    await expect(this.triagePanel.getByLabel('Case handler')).toHaveValue(/.+/);
    await expect(this.triagePanel.getByLabel('Case handler').locator('option:checked')).toHaveText(
      name,
    );
  }

  async setPriority(label: string): Promise<void> {
    await this.triagePanel.getByLabel('Priority').selectOption({ label });
    await expect(
      this.page.getByRole('status').filter({ hasText: 'The triage has been saved.' }),
    ).toBeVisible();
  }

  async openRouteDialog(): Promise<Locator> {
    await this.triagePanel.getByRole('button', { name: 'Route to biobanks' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Route to biobanks' });
    await expect(dialog).toBeVisible();
    return dialog;
  }

  async routingAction(code: string, action: string, status: string): Promise<void> {
    await this.routing(code).getByRole('button', { name: action }).click();
    await expect(this.routing(code)).toContainText(status);
  }
}
