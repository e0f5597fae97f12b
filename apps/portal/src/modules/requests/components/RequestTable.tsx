import { Anchor, Box, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ServiceRequest } from '@bgb/contracts';
import { StatusBadge } from '../../../components/StatusBadge';
import { useFormatDate } from '../../../components/format-date';
import { useGetCatalogueNames } from '../../catalogue/hooks/use-get-catalogue-names';

export type RequestColumn =
  'title' | 'researcher' | 'institution' | 'service' | 'status' | 'submitted';

interface RequestTableProps {
  items: ServiceRequest[];
  /** Accessible name of the table. */
  label: string;
  columns: readonly RequestColumn[];
}

/** Requests as a table: the reference is the row header and the link to the request. */
export function RequestTable({ items, label, columns }: RequestTableProps) {
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
        return <StatusBadge status={request.status} />;
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
    <Box style={{ overflowX: 'auto' }}>
      <Table aria-label={label} striped highlightOnHover verticalSpacing="sm" miw={640}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('requests.columns.reference')}</Table.Th>
            {columns.map((column) => (
              <Table.Th scope="col" key={column}>
                {t(`requests.columns.${column}`)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
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
        </Table.Tbody>
      </Table>
    </Box>
  );
}
