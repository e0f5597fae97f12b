import { expect, type Locator } from '@playwright/test';
import { PortalPage } from './portal.page';

/** The administrators' outbox: outgoing mail by status, failed mails can be sent again. */
export class OutboxPage extends PortalPage {
  async openFromMenu(): Promise<void> {
    await this.nav.getByRole('link', { name: 'Outbox' }).click();
    await expect(this.page).toHaveURL(/\/admin\/outbox$/);
    await expect(this.heading('Outgoing mail')).toBeVisible();
  }

  get table(): Locator {
    return this.page.getByRole('table', { name: 'Outgoing mail, newest first' });
  }

  /** The row of the mail whose subject contains this text. */
  row(subject: string | RegExp): Locator {
    return this.table.getByRole('row').filter({ hasText: subject });
  }

  get status(): Locator {
    return this.page.getByRole('main').getByRole('status');
  }

  async show(
    label: 'Failed mails' | 'Waiting to be sent' | 'Sent mails' | 'All mails',
  ): Promise<void> {
    await this.page.getByRole('combobox', { name: 'Show' }).selectOption({ label });
  }
}
