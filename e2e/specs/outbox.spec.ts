import { createTestDatabase, SmtpSink, startApi } from '@bgb/test-support';
import { DEMO_PASSWORD, expect, test } from '../fixtures/portal.fixture';
import { OutboxPage } from '../pom/outbox.pages';

test('an admin sees the mails that failed with their error and sends one again', async ({
  page,
  a11y,
}) => {
  // A portal of its own whose SMTP server refuses everything, and which gives up after one attempt.
  const database = await createTestDatabase();
  const smtp = new SmtpSink();
  smtp.refuse();
  const api = await startApi({
    ...database.env,
    SMTP_URL: await smtp.start(),
    MAIL_MAX_ATTEMPTS: '1',
  });
  try {
    await page.goto(`${api.baseUrl}/login`);
    await page.getByLabel('E-mail address').fill('admin@example.org');
    await page.getByLabel('Password', { exact: false }).first().fill(DEMO_PASSWORD);
    await page.getByRole('main').getByRole('button', { name: 'Log in' }).click();
    await expect(page.getByRole('button', { name: 'Log out' })).toBeVisible();
    const outbox = new OutboxPage(page);
    await outbox.openFromMenu();
    const receipt = outbox.row(/BGB-\d{4}-00001\] Vi har modtaget din henvendelse/);
    await expect(async () => {
      await page.reload();
      await expect(receipt).toBeVisible({ timeout: 1000 });
    }).toPass({ timeout: 20_000 });
    await expect(receipt).toContainText('Failed');
    await expect(receipt).toContainText('try again later');
    await a11y.check('outbox with failed mails');

    smtp.refuse(false);
    await receipt.getByRole('button', { name: /^Resend / }).click();
    await expect(outbox.status).toContainText('is back in the outbox');
    await expect(receipt).toHaveCount(0);
    await smtp.waitFor((mail) =>
      /BGB-\d{4}-00001\] Vi har modtaget din henvendelse/.test(mail.subject),
    );

    await outbox.show('Sent mails');
    await expect(outbox.row(/BGB-\d{4}-00001\] Vi har modtaget din henvendelse/)).toContainText(
      'Sent',
    );
    await a11y.check('outbox, sent mails');
  } finally {
    await api.stop();
    await smtp.stop();
    await database.drop();
  }
});
