import { expect, test } from '../fixtures/portal.fixture';
import { newResearcher } from '../fixtures/people';
import { RegisterPage } from '../pom/auth.pages';
import { NotificationSettingsPage, NotificationsPage } from '../pom/notifications.pages';
import { NewRequestPage, RequestDetailsPage } from '../pom/request.pages';

test.describe('notifications', () => {
  test('the bell counts what is unread, the list marks it read, and the settings and unsubscribe page change the mails', async ({
    page,
    portal,
    a11y,
  }) => {
    const researcher = newResearcher();
    await new RegisterPage(page).registerAs(researcher);
    const form = new NewRequestPage(page);
    await form.goto();
    await form.fill({
      title: 'Serum markers for early sepsis',
      service: 'Biomarker development support',
      biobanks: ['Danish Cancer Biobank (DCB)'],
      projectDescription: 'Serum from 300 patients.',
      principalInvestigator: 'Dr. Ida Holm',
    });
    await form.submit();
    const reference = await new RequestDetailsPage(page).reference();

    const notifications = new NotificationsPage(page);
    // The count is polled; a reload asks at once.
    await page.reload();
    await expect(notifications.bell('Notifications, 1 unread')).toBeVisible();
    await notifications.openFromBell();
    const item = notifications.list.getByRole('listitem').first();
    await expect(item).toContainText(reference);
    await expect(
      item.getByRole('link', { name: 'We received your request “Serum markers for early sepsis”' }),
    ).toBeVisible();
    await a11y.check('notification list with an unread item');

    await notifications.markAllRead();
    await expect(notifications.bell('Notifications')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Mark all as read' })).toHaveCount(0);
    await a11y.check('notification list, all read');

    const settings = new NotificationSettingsPage(page);
    await page.getByRole('link', { name: 'Choose which notifications you get by e-mail' }).click();
    await expect(settings.heading('Notification settings')).toBeVisible();
    await expect(page.getByRole('radiogroup', { name: /Questions to you/ })).toHaveCount(0);
    await a11y.check('notification settings');
    await settings.choose('Messages', 'Daily summary');
    await settings.save();
    await page.reload();
    await expect(
      page
        .getByRole('radiogroup', { name: /Messages/ })
        .getByRole('radio', { name: 'Daily summary' }),
    ).toBeChecked();

    const [receipt] = await portal.smtp.waitFor((mail) => mail.to.includes(researcher.email));
    const link = /To stop mails of this kind: (\S+)/.exec(receipt.text)?.[1];
    expect(link).toContain('/unsubscribe?token=');
    await page.goto(link!);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Stop e-mails of one kind' }),
    ).toBeVisible();
    await expect(
      page.getByText('Do you want to stop e-mails about “Progress of your request”?'),
    ).toBeVisible();
    await a11y.check('unsubscribe confirmation');
    // Opening the link changed nothing; only the confirmation does.
    await settings.goto();
    await expect(
      page
        .getByRole('radiogroup', { name: /Progress of your request/ })
        .getByRole('radio', { name: 'E-mail at once' }),
    ).toBeChecked();
    await page.goto(link!);
    await page.getByRole('button', { name: 'Stop these e-mails' }).click();
    await expect(
      page.getByText('Done: you no longer get e-mails about “Progress of your request”.'),
    ).toBeVisible();
    await settings.goto();
    await expect(
      page
        .getByRole('radiogroup', { name: /Progress of your request/ })
        .getByRole('radio', { name: 'No e-mail' }),
    ).toBeChecked();
  });
});
