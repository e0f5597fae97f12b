import { expect } from '@playwright/test';
import { RequestListPage } from './request.pages';

/** The triage queue and the biobank queue: filters in the address, search, sort. */
export class QueuePage extends RequestListPage {
  async filter(label: string, option: string): Promise<void> {
    await this.page.getByLabel(label, { exact: true }).selectOption({ label: option });
  }

  async search(text: string): Promise<void> {
    const field = this.page.getByRole('searchbox', { name: 'Search' });
    await field.fill(text);
    await field.press('Enter');
    await expect(this.page).toHaveURL(new RegExp(`[?&]q=${encodeURIComponent(text)}`));
  }

  onlyOverdue() {
    return this.page.getByRole('checkbox', { name: 'Only overdue' });
  }
}
