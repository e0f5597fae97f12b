import { expect } from '@playwright/test';
import { PortalPage } from './portal.page';

/** The public page an invitation mail links to: the invitee chooses a password and is in. */
export class AcceptInvitationPage extends PortalPage {
  async openLink(link: string): Promise<void> {
    await this.page.goto(link);
    await expect(this.heading('Welcome to the BGB Service Portal')).toBeVisible();
  }

  async accept(details: { name: string; institution: string; password: string }): Promise<void> {
    await this.page.getByRole('textbox', { name: /^Full name/ }).fill(details.name);
    await this.page.getByRole('textbox', { name: /^Institution/ }).fill(details.institution);
    await this.page.getByLabel('Password', { exact: false }).first().fill(details.password);
    await this.page.getByRole('button', { name: 'Create my account' }).click();
  }
}
