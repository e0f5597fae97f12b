import { Table, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaughtMail } from '@bgb/contracts';
import { DataTable } from '../../../components/DataTable';
import { useFormatDate } from '../../../components/format-date';
import classes from './MailTable.module.css';

interface MailTableProps {
  mails: CaughtMail[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}

export function MailTable({ mails, selectedId, onSelect }: MailTableProps) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  return (
    <DataTable
      label={t('mails.tableLabel')}
      headers={[t('mails.columns.receivedAt'), t('mails.columns.to'), t('mails.columns.subject')]}
      minWidth={560}
      highlightOnHover
      verticalSpacing="xs"
    >
      {mails.map((mail) => (
        <Table.Tr key={mail.id} className={mail.id === selectedId ? classes.selected : undefined}>
          <Table.Td style={{ whiteSpace: 'nowrap' }}>
            <time dateTime={mail.receivedAt}>
              {formatDate(mail.receivedAt, { withTime: true })}
            </time>
          </Table.Td>
          <Table.Td>{mail.to.join(', ')}</Table.Td>
          <Table.Td>
            <UnstyledButton
              className={classes.subject}
              aria-pressed={mail.id === selectedId}
              onClick={() => onSelect(mail.id)}
            >
              {mail.subject}
            </UnstyledButton>
          </Table.Td>
        </Table.Tr>
      ))}
    </DataTable>
  );
}
