import { expect, type Locator } from '@playwright/test';
import type { SmtpSink } from '@bgb/test-support';
import { PortalPage } from './portal.page';

/** The link of the last mail to `to` that carries one to `path`, as a path on the portal. */
export async function mailedLink(smtp: SmtpSink, to: string, path: string): Promise<string> {
  const pattern = new RegExp(`(http\\S+${path}\\?token=[\\w-]+)`);
  const mails = await smtp.waitFor((mail) => mail.to.includes(to) && pattern.test(mail.text));
  const url = new URL(pattern.exec(mails[mails.length - 1]!.text)![1]!);
  return url.pathname + url.search;
}

/** Where the verification mail's link leads. */
export class VerifyEmailPage extends PortalPage {
  async openLink(link: string): Promise<void> {
    await this.page.goto(link);
    await expect(this.heading('Confirm your e-mail address')).toBeVisible();
  }

  get done(): Locator {
    return this.page.getByRole('status').filter({ hasText: 'Your e-mail address is confirmed' });
  }
}

/** The notice of an unverified researcher, with its resend button. */
export class VerificationNotice extends PortalPage {
  get notice(): Locator {
    return this.page.getByText('Confirm your e-mail address to submit requests');
  }

  async resend(): Promise<void> {
    await this.page.getByRole('button', { name: 'Send the link again' }).first().click();
  }
}

export class ForgotPasswordPage extends PortalPage {
  async openFromLogin(): Promise<void> {
    await this.open('/login');
    await this.page.getByRole('link', { name: 'Forgot your password?' }).click();
    await expect(this.heading('Forgot your password?')).toBeVisible();
  }

  async request(email: string): Promise<void> {
    await this.page.getByLabel('E-mail address').fill(email);
    await this.page.getByRole('button', { name: 'Send link' }).click();
  }

  get confirmation(): Locator {
    return this.page.getByRole('status').filter({ hasText: 'Check your inbox' });
  }
}

export class ResetPasswordPage extends PortalPage {
  async openLink(link: string): Promise<void> {
    await this.page.goto(link);
    await expect(this.heading('Choose a new password')).toBeVisible();
  }

  get password(): Locator {
    return this.page.getByLabel('New password', { exact: false }).first();
  }

  async choose(password: string, repeat = password): Promise<void> {
    await this.password.fill(password);
    await this.page.getByLabel('Repeat the new password', { exact: false }).fill(repeat);
    await this.page.getByRole('button', { name: 'Save new password' }).click();
  }
}

/** The signed-in user's account page, opened from the header. */
export class AccountPage extends PortalPage {
  async openFromMenu(): Promise<void> {
    await this.page.getByRole('link', { name: 'Your account' }).click();
    await expect(this.heading('Your account')).toBeVisible();
  }

  field(label: string): Locator {
    return this.page.getByLabel(label, { exact: false }).first();
  }

  async changePassword(current: string, next: string): Promise<void> {
    await this.field('Current password').fill(current);
    await this.field('New password').fill(next);
    await this.field('Repeat the new password').fill(next);
    await this.page.getByRole('button', { name: 'Change password' }).click();
  }
}

/** The account page's list of where the user is signed in. */
export class SessionsList extends PortalPage {
  get list(): Locator {
    return this.page.getByRole('list', { name: 'Where you are signed in' });
  }

  get items(): Locator {
    return this.list.getByRole('listitem');
  }

  status(text: string): Locator {
    return this.page.getByRole('status').filter({ hasText: text });
  }
}
