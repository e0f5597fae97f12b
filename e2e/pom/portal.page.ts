import { expect, type Page } from '@playwright/test';

/** What every page has: the header with navigation, account and language switch. */
export class PortalPage {
  constructor(readonly page: Page) {}

  get nav() {
    return this.page.getByRole('navigation', { name: /Main navigation|Hovednavigation/ });
  }

  async open(path: string): Promise<void> {
    await this.page.goto(path);
    await expect(this.page.locator('main h1')).toBeVisible();
  }

  heading(name: string | RegExp) {
    return this.page.getByRole('heading', { level: 1, name });
  }

  async logOut(): Promise<void> {
    await this.page.getByRole('button', { name: /Log out|Log ud/ }).click();
    await expect(this.page.getByRole('link', { name: /^(Log in|Log ind)$/ }).first()).toBeVisible();
  }

  async switchLanguageTo(language: 'Dansk' | 'English'): Promise<void> {
    await this.page.getByRole('button', { name: language, exact: true }).click();
  }
}
