import { expect, type Page } from '@playwright/test';

export interface FileToUpload {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** The message composer's file picker and the files around it, in either language. */
export class MessageAttachments {
  constructor(private readonly page: Page) {}

  /** Picks files the way a person does: the picker button opens the browser's file chooser. */
  async attach(label: string | RegExp, ...files: FileToUpload[]): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: label }).click();
    await (await chooser).setFiles(files);
  }

  attached(name: string | RegExp) {
    return this.page.getByRole('list', { name });
  }

  /** The attachments section of the request page. */
  section(heading: string | RegExp) {
    return this.page.getByRole('region', { name: heading });
  }

  async download(link: string): Promise<string> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('link', { name: link }).first().click();
    const file = await download;
    await expect.poll(async () => (await file.failure()) ?? 'ok').toBe('ok');
    return file.suggestedFilename();
  }
}
