import { expect, type Locator } from '@playwright/test';
import { PortalPage } from './portal.page';

/** The administrator's list of users, and the dialog that edits one user's roles. */
export class AdminUsersPage extends PortalPage {
  async openFromMenu(): Promise<void> {
    await this.nav.getByRole('link', { name: 'Users' }).click();
    await expect(this.page).toHaveURL(/\/admin\/users$/);
    await expect(this.heading('Users and roles')).toBeVisible();
  }

  get table(): Locator {
    return this.page.getByRole('table', { name: 'Users, by name' });
  }

  /** The table row of the user with this e-mail address. */
  row(email: string): Locator {
    return this.table.getByRole('row').filter({ hasText: email });
  }

  async search(text: string): Promise<void> {
    await this.page.getByRole('searchbox', { name: 'Search by name or e-mail' }).fill(text);
  }

  get status(): Locator {
    return this.page.getByRole('main').getByRole('status');
  }

  async openRoleEditor(email: string): Promise<RoleEditor> {
    await this.row(email)
      .getByRole('button', { name: /^Edit roles for / })
      .click();
    const dialog = this.page.getByRole('dialog', { name: /^Edit roles for / });
    await expect(dialog).toBeVisible();
    return new RoleEditor(dialog);
  }
}

export class RoleEditor {
  constructor(readonly dialog: Locator) {}

  role(label: 'Researcher' | 'Secretariat' | 'Biobank coordinator' | 'Administrator'): Locator {
    return this.dialog.getByRole('checkbox', { name: new RegExp(`^${label}`) });
  }

  get biobanks(): Locator {
    return this.dialog.getByRole('group', { name: /Coordinator of these biobanks/ });
  }

  biobank(name: string): Locator {
    return this.biobanks.getByRole('checkbox', { name });
  }

  async save(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Save roles' }).click();
  }
}
