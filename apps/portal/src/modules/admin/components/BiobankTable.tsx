import { Badge, Button, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AdminBiobank } from '@bgb/contracts';
import { DataTable } from '../../../components/DataTable';
import { useLocalizedText } from '../../../components/use-locale';

interface BiobankTableProps {
  biobanks: AdminBiobank[];
  onEdit: (biobank: AdminBiobank) => void;
}

export function BiobankTable({ biobanks, onEdit }: BiobankTableProps) {
  const { t } = useTranslation();
  const localized = useLocalizedText();
  return (
    <DataTable
      label={t('adminBiobanks.tableLabel')}
      headers={[
        t('adminBiobanks.columns.name'),
        t('adminBiobanks.columns.coordinators'),
        t('adminBiobanks.columns.sharedMailbox'),
        <VisuallyHidden key="actions">{t('adminBiobanks.columns.actions')}</VisuallyHidden>,
      ]}
      minWidth={640}
      striped
    >
      {biobanks.map((biobank) => {
        const name = localized(biobank.name);
        return (
          <Table.Tr key={biobank.code}>
            <Table.Th scope="row" fw={400}>
              {name} ({biobank.code})
            </Table.Th>
            <Table.Td>{biobank.coordinatorCount}</Table.Td>
            <Table.Td style={{ overflowWrap: 'anywhere' }}>
              {biobank.sharedMailbox ?? (
                <Text component="span" c="gray.7">
                  {t('adminBiobanks.noMailbox')}
                </Text>
              )}
              {biobank.coordinatorCount === 0 && !biobank.sharedMailbox && (
                <Badge color="red" variant="light" ml="xs">
                  {t('adminBiobanks.unreachable')}
                </Badge>
              )}
            </Table.Td>
            <Table.Td>
              <Button
                variant="default"
                size="compact-sm"
                onClick={() => onEdit(biobank)}
                aria-label={t('adminBiobanks.editFor', { name })}
              >
                {t('adminBiobanks.edit')}
              </Button>
            </Table.Td>
          </Table.Tr>
        );
      })}
    </DataTable>
  );
}
