import { Anchor, Badge, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ServiceRequest } from '@bgb/contracts';
import { DataTable } from '../../../components/DataTable';
import { StatusBadge } from '../../../components/StatusBadge';
import { useFormatDate } from '../../../components/format-date';
import { useGetCatalogueNames } from '../../catalogue/hooks/use-get-catalogue-names';
import { RoutingStatusBadge } from './RoutingStatusBadge';

export type RequestColumn =
  | 'title'
  | 'researcher'
  | 'institution'
  | 'service'
  | 'status'
  | 'submitted'
  | 'priority'
  | 'assignee'
  /** The status of the request at the signed-in coordinator's own biobanks. */
  | 'routing';

interface RequestTableProps {
  items: ServiceRequest[];
  /** Accessible name of the table. */
  label: string;
  columns: readonly RequestColumn[];
  /** The biobanks whose routing the `routing` column shows: the coordinator's own. */
  ownBiobankCodes?: readonly string[];
}

/** Requests as a table: the reference is the row header and the link to the request. */
export function RequestTable({ items, label, columns, ownBiobankCodes = [] }: RequestTableProps) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const { serviceName } = useGetCatalogueNames();

  const cell = (request: ServiceRequest, column: RequestColumn) => {
    switch (column) {
      case 'title':
        return request.title;
      case 'researcher':
        return request.researcher.name;
      case 'institution':
        return request.institution;
      case 'service':
        return serviceName(request.serviceId);
      case 'status':
        return (
          <Group gap={6} wrap="nowrap">
            <StatusBadge status={request.status} />
            {request.overdue && (
              // Said in words, not by colour alone; the dark shade keeps white text readable.
              <Badge variant="filled" color="orange.9" tt="none" size="md" data-overdue>
                {t('queue.overdue')}
              </Badge>
            )}
          </Group>
        );
      case 'priority':
        return t(`priority.${request.priority}`);
      case 'assignee':
        return (
          request.assignee?.name ?? (
            <Text span size="sm" c="gray.7">
              {t('queue.unassigned')}
            </Text>
          )
        );
      case 'routing':
        return (
          <Group gap={6}>
            {request.routings
              .filter((routing) => ownBiobankCodes.includes(routing.biobankCode))
              .map((routing) => (
                <RoutingStatusBadge
                  key={routing.biobankCode}
                  status={routing.status}
                  biobankCode={routing.biobankCode}
                />
              ))}
          </Group>
        );
      case 'submitted':
        return request.submittedAt ? (
          <time dateTime={request.submittedAt}>{formatDate(request.submittedAt)}</time>
        ) : (
          <Text span size="sm" c="gray.7">
            {t('common.notSubmitted')}
          </Text>
        );
    }
  };

  return (
    <DataTable
      label={label}
      headers={['reference', ...columns].map((column) => t(`requests.columns.${column}`))}
      minWidth={640}
      striped
      highlightOnHover
    >
      {items.map((request) => (
        <Table.Tr key={request.id} data-reference={request.reference}>
          <Table.Th scope="row" style={{ whiteSpace: 'nowrap' }}>
            <Anchor component={Link} to={`/requests/${request.id}`}>
              {request.reference}
            </Anchor>
          </Table.Th>
          {columns.map((column) => (
            <Table.Td key={column}>{cell(request, column)}</Table.Td>
          ))}
        </Table.Tr>
      ))}
    </DataTable>
  );
}
