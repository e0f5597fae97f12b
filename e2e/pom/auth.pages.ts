import { expect } from '@playwright/test';
import { PortalPage } from './portal.page';

export interface Registration {
  name: string;
  email: string;
  password: string;
  institution: string;
}

export class RegisterPage extends PortalPage {
  async goto(): Promise<void> {
    await this.open('/register');
    await expect(this.heading('Create an account')).toBeVisible();
  }

  async fill(registration: Registration): Promise<void> {
    await this.page.getByLabel('Full name').fill(registration.name);
    await this.page.getByLabel('E-mail address').fill(registration.email);
    await this.page.getByLabel('Password', { exact: false }).first().fill(registration.password);
    await this.page.getByLabel('Institution').fill(registration.institution);
  }

  async submit(): Promise<void> {
    await this.page.getByRole('button', { name: 'Create account' }).click();
  }

  /** Registers and waits until the new researcher lands on "My requests". */
  async registerAs(registration: Registration): Promise<void> {
    await this.goto();
    await this.fill(registration);
    await this.submit();
    await expect(this.page).toHaveURL(/\/requests$/);
  }

  /** The error text tied to a field through aria-describedby. */
  fieldError(label: string) {
    return this.page.getByLabel(label, { exact: false }).first();
  }
}

export class LoginPage extends PortalPage {
  async goto(): Promise<void> {
    await this.open('/login');
    await expect(this.heading('Log in')).toBeVisible();
  }

  async logIn(email: string, password: string): Promise<void> {
    await this.page.getByLabel('E-mail address').fill(email);
    await this.page.getByLabel('Password', { exact: false }).first().fill(password);
    await this.page.getByRole('main').getByRole('button', { name: 'Log in' }).click();
  }

  /** Logs in from the login page and waits until the portal has moved on. */
  async logInAs(email: string, password: string): Promise<void> {
    await this.goto();
    await this.logIn(email, password);
    await expect(this.page).not.toHaveURL(/\/login/);
    await expect(this.page.getByRole('button', { name: 'Log out' })).toBeVisible();
  }
}
