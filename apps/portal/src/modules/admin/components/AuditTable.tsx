import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuditEventItem } from '@bgb/contracts';
import { DataTable } from '../../../components/DataTable';
import { useFormatDate } from '../../../components/format-date';
import { summariseDetails } from './summarise-details';

interface AuditTableProps {
  events: AuditEventItem[];
}

/** The audit trail, newest first; each row is led by its time, exact to the millisecond. */
export function AuditTable({ events }: AuditTableProps) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  return (
    <DataTable
      label={t('audit.tableLabel')}
      headers={(['at', 'action', 'actor', 'target', 'ip', 'details'] as const).map((column) =>
        t(`audit.columns.${column}`),
      )}
      minWidth={900}
      striped
    >
      {events.map((event) => (
        <Table.Tr key={event.id} data-audit-event-id={event.id}>
          <Table.Th scope="row" style={{ fontWeight: 'normal' }}>
            <Text size="sm" component="time" dateTime={event.at}>
              {formatDate(event.at, { withTime: true })}
            </Text>
            <Text size="xs" c="gray.7">
              {event.at}
            </Text>
          </Table.Th>
          <Table.Td>
            <Text size="sm" fw={600}>
              {t(`audit.actions.${event.action}`)}
            </Text>
            <Text size="xs" c="gray.7">
              {event.action}
            </Text>
          </Table.Td>
          <Table.Td style={{ overflowWrap: 'anywhere' }}>
            {event.actorEmail ?? (
              <Text span size="sm" c="gray.7">
                {t('audit.noActor')}
              </Text>
            )}
          </Table.Td>
          <Table.Td style={{ overflowWrap: 'anywhere' }}>
            {event.targetType ? (
              <>
                <Text size="sm">{event.targetType}</Text>
                <Text size="xs" c="gray.7">
                  {event.targetId}
                </Text>
              </>
            ) : (
              '—'
            )}
          </Table.Td>
          <Table.Td style={{ overflowWrap: 'anywhere' }}>{event.ip ?? '—'}</Table.Td>
          <Table.Td style={{ overflowWrap: 'anywhere' }}>
            {summariseDetails(event.details).map((line, index) => (
              <Text size="sm" key={index}>
                {line}
              </Text>
            ))}
          </Table.Td>
        </Table.Tr>
      ))}
    </DataTable>
  );
}
