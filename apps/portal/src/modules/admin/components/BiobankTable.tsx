import { Badge, Box, Button, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AdminBiobank } from '@bgb/contracts';
import { useLocalizedText } from '../../../components/use-locale';

interface BiobankTableProps {
  biobanks: AdminBiobank[];
  onEdit: (biobank: AdminBiobank) => void;
}

export function BiobankTable({ biobanks, onEdit }: BiobankTableProps) {
  const { t } = useTranslation();
  const localized = useLocalizedText();
  return (
    <Box style={{ overflowX: 'auto' }}>
      <Table aria-label={t('adminBiobanks.tableLabel')} striped verticalSpacing="sm" miw={640}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('adminBiobanks.columns.name')}</Table.Th>
            <Table.Th scope="col">{t('adminBiobanks.columns.coordinators')}</Table.Th>
            <Table.Th scope="col">{t('adminBiobanks.columns.sharedMailbox')}</Table.Th>
            <Table.Th scope="col">
              <VisuallyHidden>{t('adminBiobanks.columns.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
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
        </Table.Tbody>
      </Table>
    </Box>
  );
}
