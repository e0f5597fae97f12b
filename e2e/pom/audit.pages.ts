import { expect, type Locator } from '@playwright/test';
import { PortalPage } from './portal.page';

/** The administrators' audit log: security and administrative events, newest first. */
export class AuditPage extends PortalPage {
  async openFromMenu(): Promise<void> {
    await this.nav.getByRole('link', { name: 'Audit log' }).click();
    await expect(this.page).toHaveURL(/\/admin\/audit$/);
    await expect(this.heading('Audit log')).toBeVisible();
  }

  get table(): Locator {
    return this.page.getByRole('table', { name: 'Audit log, newest first' });
  }

  /** The data rows, newest first. */
  get rows(): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('rowheader') });
  }

  async filterByAction(label: string): Promise<void> {
    await this.page.getByRole('combobox', { name: 'Event' }).selectOption({ label });
    await this.page.getByRole('button', { name: 'Show' }).click();
  }
}
