import { Button, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RoutingRule } from '@bgb/contracts';
import { DataTable } from '../../../components/DataTable';
import { useGetCatalogueNames } from '../../catalogue/hooks/use-get-catalogue-names';

interface RoutingRuleTableProps {
  rules: RoutingRule[];
  onEdit: (rule: RoutingRule) => void;
  onDelete: (rule: RoutingRule) => void;
}

/** The rules as a table: the name is the row header; each row can be edited or deleted. */
export function RoutingRuleTable({ rules, onEdit, onDelete }: RoutingRuleTableProps) {
  const { t } = useTranslation();
  const { serviceName, biobankName } = useGetCatalogueNames();
  const biobankList = (codes: string[], none: string) =>
    codes.length > 0 ? (
      codes.map(biobankName).join(', ')
    ) : (
      <Text span size="sm" c="gray.7">
        {none}
      </Text>
    );
  return (
    <DataTable
      label={t('routingRules.tableLabel')}
      headers={(['name', 'service', 'requested', 'suggested', 'assignee', 'actions'] as const).map(
        (column) => t(`routingRules.columns.${column}`),
      )}
      minWidth={820}
      striped
    >
      {rules.map((rule) => (
        <Table.Tr key={rule.id} data-rule-id={rule.id}>
          <Table.Th scope="row">{rule.name}</Table.Th>
          <Table.Td>
            {rule.serviceId ? serviceName(rule.serviceId) : t('routingRules.anyService')}
          </Table.Td>
          <Table.Td>
            {biobankList(rule.requestedBiobankCodes, t('routingRules.anyBiobank'))}
          </Table.Td>
          <Table.Td>{biobankList(rule.suggestedBiobankCodes, t('routingRules.none'))}</Table.Td>
          <Table.Td>
            {rule.defaultAssignee?.name ?? (
              <Text span size="sm" c="gray.7">
                {t('routingRules.none')}
              </Text>
            )}
          </Table.Td>
          <Table.Td>
            <Group gap="xs" wrap="nowrap">
              <Button
                variant="default"
                size="compact-sm"
                aria-label={t('routingRules.editRule', { name: rule.name })}
                onClick={() => onEdit(rule)}
              >
                {t('routingRules.edit')}
              </Button>
              <Button
                variant="default"
                color="red"
                size="compact-sm"
                aria-label={t('routingRules.deleteRule', { name: rule.name })}
                onClick={() => onDelete(rule)}
              >
                {t('routingRules.delete')}
              </Button>
            </Group>
          </Table.Td>
        </Table.Tr>
      ))}
    </DataTable>
  );
}
