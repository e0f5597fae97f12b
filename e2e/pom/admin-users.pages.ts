import { expect, type Locator } from '@playwright/test';
import { DEMO } from '../fixtures/people';
import { DEMO_PASSWORD } from '../fixtures/portal.fixture';
import { LoginPage } from './auth.pages';
import { PortalPage } from './portal.page';

/** The administrator's list of users, and the dialog that edits one user's roles. */
export class AdminUsersPage extends PortalPage {
  async openFromMenu(): Promise<void> {
    await this.nav.getByRole('link', { name: 'Users' }).click();
    await expect(this.page).toHaveURL(/\/admin\/users$/);
    await expect(this.heading('Users and roles')).toBeVisible();
  }

  /** Logs in as the demo administrator and opens the list from the menu. */
  async openAsAdmin(): Promise<void> {
    await new LoginPage(this.page).logInAs(DEMO.admin, DEMO_PASSWORD);
    await this.openFromMenu();
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

  get invitations(): InvitationsPanel {
    return new InvitationsPanel(this);
  }

  /** Deactivates or reactivates the user of this row, confirming in the dialog. */
  async setActivation(email: string, action: 'Deactivate' | 'Reactivate'): Promise<Locator> {
    await this.row(email)
      .getByRole('button', { name: new RegExp(`^${action} `) })
      .click();
    const dialog = this.page.getByRole('dialog', { name: new RegExp(`^${action} `) });
    await expect(dialog).toBeVisible();
    return dialog;
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

/** Role and biobank checkboxes, as the role editor and the invite dialog share them. */
class RoleEditorBase {
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
}

/** The users page's invitations: the invite dialog and the pending list. */
export class InvitationsPanel {
  constructor(private readonly users: AdminUsersPage) {}

  get table(): Locator {
    return this.users.page.getByRole('table', { name: 'Pending invitations' });
  }

  row(email: string): Locator {
    return this.table.getByRole('row').filter({ hasText: email });
  }

  async openInviteDialog(): Promise<InviteDialog> {
    await this.users.page.getByRole('button', { name: 'Invite', exact: true }).click();
    const dialog = this.users.page.getByRole('dialog', { name: 'Invite by e-mail' });
    await expect(dialog).toBeVisible();
    return new InviteDialog(dialog);
  }
}

export class InviteDialog extends RoleEditorBase {
  async fillEmail(email: string): Promise<void> {
    await this.dialog.getByRole('textbox', { name: /^E-mail address/ }).fill(email);
  }

  async send(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Send invitation' }).click();
  }
}

export class RoleEditor extends RoleEditorBase {
  async save(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Save roles' }).click();
  }
}
