import { expect, type Locator } from '@playwright/test';
import { PortalPage } from './portal.page';

export interface RuleInput {
  name: string;
  service: string;
  requested: string[];
  suggested: string[];
  caseHandler: string;
}

/** The administrator's routing rules and the dialog that edits one. */
export class RoutingRulesPage extends PortalPage {
  async openFromMenu(): Promise<void> {
    await this.nav.getByRole('link', { name: 'Routing rules' }).click();
    await expect(this.page).toHaveURL(/\/admin\/routing-rules$/);
    await expect(this.heading('Routing rules')).toBeVisible();
  }

  get table(): Locator {
    return this.page.getByRole('table', { name: 'Routing rules' });
  }

  row(name: string): Locator {
    return this.table
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name, exact: true }) });
  }

  get status(): Locator {
    return this.page.getByRole('main').getByRole('status');
  }

  async openNewRule(): Promise<Locator> {
    await this.page.getByRole('button', { name: 'New rule' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'New routing rule' });
    await expect(dialog).toBeVisible();
    return dialog;
  }

  async fill(dialog: Locator, rule: RuleInput): Promise<void> {
    await dialog.getByLabel(/^Name/).fill(rule.name);
    await dialog.getByLabel(/^Service/).selectOption({ label: rule.service });
    const requested = dialog.getByRole('group', { name: 'Requested biobanks' });
    for (const biobank of rule.requested)
      await requested.getByRole('checkbox', { name: biobank }).check();
    const suggested = dialog.getByRole('group', { name: 'Suggested biobanks' });
    for (const biobank of rule.suggested)
      await suggested.getByRole('checkbox', { name: biobank }).check();
    await dialog.getByLabel(/^Default case handler/).selectOption({ label: rule.caseHandler });
  }

  async save(dialog: Locator, name: string): Promise<void> {
    await dialog.getByRole('button', { name: 'Save rule' }).click();
    await expect(dialog).toBeHidden();
    await expect(this.status).toContainText(`The rule “${name}” has been saved.`);
  }

  async delete(name: string): Promise<void> {
    await this.row(name)
      .getByRole('button', { name: `Delete the rule ${name}` })
      .click();
    const dialog = this.page.getByRole('dialog', { name: 'Delete routing rule' });
    await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(this.status).toContainText(`The rule “${name}” has been deleted.`);
    await expect(this.row(name)).toHaveCount(0);
  }
}
