import { expect, type FrameLocator, type Locator } from '@playwright/test';
import { A11y } from '../fixtures/portal.fixture';
import { PortalPage } from './portal.page';

const PREVIEW_FRAME = 'iframe[title="The HTML part of the mail"]';

/** The administrator's mail templates: the kinds, the preview of one in a language, and the test mail. */
export class MailTemplatesPage extends PortalPage {
  async openFromMenu(): Promise<void> {
    await this.nav.getByRole('link', { name: 'Mail templates' }).click();
    await expect(this.page).toHaveURL(/\/admin\/mail-templates$/);
    await expect(this.heading('Mail templates')).toBeVisible();
  }

  get kinds(): Locator {
    return this.page.getByRole('navigation', { name: 'Kinds of mail' });
  }

  async choose(kind: string): Promise<void> {
    await this.kinds.getByRole('button', { name: new RegExp(`^${kind}`) }).click();
  }

  async inLanguage(language: 'Danish' | 'English'): Promise<void> {
    await this.page.getByText(language, { exact: true }).click();
  }

  get subject(): Locator {
    return this.page.getByTestId('mail-preview-subject');
  }

  /** The HTML part, as the sandboxed frame shows it. */
  get html(): FrameLocator {
    return this.page.frameLocator(PREVIEW_FRAME);
  }

  /** The page around the preview; the mail in it is checked by `checkPreviewedMail`. */
  async checkPage(a11y: A11y, label: string): Promise<void> {
    await a11y.check(label, { exclude: [PREVIEW_FRAME] });
  }

  /** The previewed mail on a page of its own, as a mail client without scripts would show it. */
  async checkPreviewedMail(label: string): Promise<void> {
    const mail = await this.page.context().newPage();
    await mail.setContent((await this.page.locator(PREVIEW_FRAME).getAttribute('srcdoc')) ?? '');
    await new A11y(mail).check(label);
    await mail.close();
  }

  get text(): Locator {
    return this.page.getByRole('region', { name: 'Preview' }).locator('pre');
  }

  async sendTestTo(address: string): Promise<void> {
    await this.page.getByRole('textbox', { name: 'Send to' }).fill(address);
    await this.page.getByRole('button', { name: 'Send test mail' }).click();
  }

  get status(): Locator {
    return this.page.getByRole('main').getByRole('status');
  }
}

/** The administrator's biobanks and the dialog that edits one's shared mailbox. */
export class BiobanksPage extends PortalPage {
  async openFromMenu(): Promise<void> {
    await this.nav.getByRole('link', { name: 'Biobanks' }).click();
    await expect(this.page).toHaveURL(/\/admin\/biobanks$/);
    await expect(this.heading('Biobanks')).toBeVisible();
  }

  row(name: string): Locator {
    return this.page
      .getByRole('table', { name: 'Biobanks' })
      .getByRole('row')
      .filter({ hasText: name });
  }

  async editMailbox(name: string): Promise<Locator> {
    await this.page.getByRole('button', { name: `Edit the shared mailbox of ${name}` }).click();
    const dialog = this.page.getByRole('dialog', { name: `Shared mailbox of ${name}` });
    await expect(dialog).toBeVisible();
    return dialog;
  }

  async save(dialog: Locator, mailbox: string): Promise<void> {
    await dialog.getByRole('textbox', { name: /Shared mailbox/ }).fill(mailbox);
    await dialog.getByRole('button', { name: 'Save' }).click();
  }
}
