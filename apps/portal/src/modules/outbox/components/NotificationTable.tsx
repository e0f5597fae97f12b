import { Badge, Button, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OutboxMail, OutboxMailStatus } from '@bgb/contracts';
import { DataTable } from '../../../components/DataTable';
import { useFormatDate } from '../../../components/format-date';

/** Dark shades only, as the request status badges: white text stays above 4.5:1 contrast. */
const STATUS_COLOR: Record<OutboxMailStatus, string> = {
  pending: 'blue.9',
  sent: 'teal.9',
  failed: 'red.9',
};

interface NotificationTableProps {
  notifications: OutboxMail[];
  resendingId: string | null;
  onResend: (notification: OutboxMail) => void;
}

/** Outbox mails, newest first; the subject is the row header, a failed mail can be sent again. */
export function NotificationTable({
  notifications,
  resendingId,
  onResend,
}: NotificationTableProps) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  return (
    <DataTable
      label={t('outbox.tableLabel')}
      headers={(
        ['subject', 'recipient', 'status', 'attempts', 'lastError', 'times', 'actions'] as const
      ).map((column) => t(`outbox.columns.${column}`))}
      minWidth={860}
      striped
    >
      {notifications.map((mail) => (
        <Table.Tr key={mail.id} data-notification-id={mail.id}>
          <Table.Th scope="row" style={{ fontWeight: 'normal' }}>
            <Text size="sm" fw={600}>
              {mail.subject}
            </Text>
            <Text size="xs" c="gray.7">
              {mail.kind}
            </Text>
          </Table.Th>
          <Table.Td style={{ overflowWrap: 'anywhere' }}>{mail.recipient}</Table.Td>
          <Table.Td>
            <Badge color={STATUS_COLOR[mail.status]} variant="filled" tt="none">
              {t(`outbox.status.${mail.status}`)}
            </Badge>
          </Table.Td>
          <Table.Td>{mail.attempts}</Table.Td>
          <Table.Td style={{ overflowWrap: 'anywhere' }}>
            {mail.lastError ?? (
              <Text span size="sm" c="gray.7">
                {t('outbox.noError')}
              </Text>
            )}
          </Table.Td>
          <Table.Td>
            <Text size="sm">
              {t('outbox.createdAt', { date: formatDate(mail.createdAt, { withTime: true }) })}
            </Text>
            <Text size="sm" c="gray.7">
              {mail.sentAt
                ? t('outbox.sentAt', { date: formatDate(mail.sentAt, { withTime: true }) })
                : mail.status === 'pending'
                  ? t('outbox.nextAttemptAt', {
                      date: formatDate(mail.nextAttemptAt, { withTime: true }),
                    })
                  : null}
            </Text>
          </Table.Td>
          <Table.Td>
            {mail.status === 'failed' && (
              <Button
                variant="default"
                size="compact-sm"
                aria-label={t('outbox.resendTo', {
                  recipient: mail.recipient,
                  subject: mail.subject,
                })}
                loading={resendingId === mail.id}
                onClick={() => onResend(mail)}
              >
                {t('outbox.resend')}
              </Button>
            )}
          </Table.Td>
        </Table.Tr>
      ))}
    </DataTable>
  );
}
