import { expect } from '@playwright/test';
import { PortalPage } from './portal.page';

/** The bell in the header and the notification list behind it. */
export class NotificationsPage extends PortalPage {
  bell(name: string | RegExp = /^Notifications/) {
    return this.page.getByRole('banner').getByRole('link', { name });
  }

  async openFromBell(): Promise<void> {
    await this.bell().click();
    await expect(this.heading('Notifications')).toBeVisible();
  }

  get list() {
    return this.page.getByRole('list', { name: 'Your notifications, newest first' });
  }

  async markAllRead(): Promise<void> {
    await this.page.getByRole('button', { name: 'Mark all as read' }).click();
  }
}

export class NotificationSettingsPage extends PortalPage {
  async goto(): Promise<void> {
    await this.open('/settings/notifications');
    await expect(this.heading('Notification settings')).toBeVisible();
  }

  async choose(kind: string, delivery: string): Promise<void> {
    await this.page
      .getByRole('radiogroup', { name: new RegExp(kind) })
      .getByRole('radio', { name: delivery })
      .check();
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Save settings' }).click();
    await expect(this.page.getByText('Your notification settings are saved.')).toBeVisible();
  }
}
