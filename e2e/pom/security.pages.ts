import { expect } from '@playwright/test';
import { PortalPage } from './portal.page';

/** The user's own security page: set up an authenticator app, see the recovery codes once. */
export class SecurityPage extends PortalPage {
  /** From the header's account link, then the account page's link to it. */
  async openFromMenu(): Promise<void> {
    await this.page.getByRole('link', { name: 'Your account' }).click();
    await this.page.getByRole('link', { name: 'Set up or change two-step login' }).click();
    await expect(this.heading('Security')).toBeVisible();
  }

  /** Starts the set-up and reads the key shown for typing in by hand. */
  async startSetup(): Promise<string> {
    await this.page.getByRole('button', { name: 'Set up authenticator app' }).click();
    await expect(
      this.page.getByRole('img', { name: 'QR code for your authenticator app' }),
    ).toBeVisible();
    const shown = await this.page.getByTestId('totp-secret').textContent();
    return (shown ?? '').replace(/\s/g, '');
  }

  async confirm(code: string): Promise<void> {
    await this.page.getByLabel('Code from the app').fill(code);
    await this.page.getByRole('button', { name: 'Turn on two-step login' }).click();
  }

  /** The ten codes shown once after the set-up. */
  async recoveryCodes(): Promise<string[]> {
    const list = this.page.getByRole('list', { name: 'Your recovery codes' });
    await expect(list.getByRole('listitem')).toHaveCount(10);
    return list.getByRole('listitem').allTextContents();
  }
}

/** The login's second step, after a right password for an account with two-step login. */
export class SecondFactorStep extends PortalPage {
  async expectShown(): Promise<void> {
    await expect(this.heading('Confirm it is you')).toBeVisible();
  }

  async enterAppCode(code: string): Promise<void> {
    await this.page.getByLabel('Code from the app').fill(code);
    await this.page.getByRole('button', { name: 'Confirm' }).click();
  }

  async enterRecoveryCode(code: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Use a recovery code instead' }).click();
    await this.page.getByLabel('Recovery code').fill(code);
    await this.page.getByRole('button', { name: 'Confirm' }).click();
  }
}
