import { Badge, Button, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AdminUser } from '@bgb/contracts';
import { DataTable } from '../../../components/DataTable';
import { useGetCatalogueNames } from '../../catalogue/hooks/use-get-catalogue-names';
import { RoleBadges } from './RoleBadges';

interface UserTableProps {
  users: AdminUser[];
  onEditRoles: (user: AdminUser) => void;
  /** Asks to deactivate an active account or reactivate a deactivated one. */
  onToggleActivation: (user: AdminUser) => void;
}

/**
 * Users as a table: the name is the row header; each row shows whether the account is active
 * and offers its roles and its (de)activation.
 */
export function UserTable({ users, onEditRoles, onToggleActivation }: UserTableProps) {
  const { t } = useTranslation();
  const { biobankName } = useGetCatalogueNames();
  return (
    <DataTable
      label={t('adminUsers.tableLabel')}
      headers={(
        ['name', 'email', 'institution', 'roles', 'biobanks', 'state', 'actions'] as const
      ).map((column) => t(`adminUsers.columns.${column}`))}
      minWidth={900}
      striped
      highlightOnHover
    >
      {users.map((user) => (
        <Table.Tr key={user.id} data-user-id={user.id}>
          <Table.Th scope="row">{user.name}</Table.Th>
          <Table.Td style={{ overflowWrap: 'anywhere' }}>{user.email}</Table.Td>
          <Table.Td>{user.institution}</Table.Td>
          <Table.Td>
            <RoleBadges roles={user.roles} />
          </Table.Td>
          <Table.Td>
            {user.biobankCodes.length > 0 ? (
              user.biobankCodes.map(biobankName).join(', ')
            ) : (
              <Text span size="sm" c="gray.7">
                {t('adminUsers.none')}
              </Text>
            )}
          </Table.Td>
          <Table.Td>
            {user.deactivatedAt ? (
              <Badge color="gray.8" variant="outline" tt="none" miw="max-content" bg="white">
                {t('adminUsers.state.deactivated')}
              </Badge>
            ) : (
              // Dark shades, as for the roles: the text keeps 4.5:1 contrast. The table gives a
              // badge no more than its smallest width unless it asks for its whole word.
              <Badge color="teal.9" variant="outline" tt="none" miw="max-content" bg="white">
                {t('adminUsers.state.active')}
              </Badge>
            )}
          </Table.Td>
          <Table.Td>
            <Group gap="xs" wrap="nowrap">
              <Button
                variant="default"
                size="compact-sm"
                aria-label={t('adminUsers.editRolesFor', { name: user.name })}
                onClick={() => onEditRoles(user)}
              >
                {t('adminUsers.editRoles')}
              </Button>
              <Button
                variant="default"
                size="compact-sm"
                color={user.deactivatedAt ? undefined : 'red'}
                aria-label={t(
                  user.deactivatedAt ? 'adminUsers.reactivateFor' : 'adminUsers.deactivateFor',
                  { name: user.name },
                )}
                onClick={() => onToggleActivation(user)}
              >
                {t(user.deactivatedAt ? 'adminUsers.reactivate' : 'adminUsers.deactivate')}
              </Button>
            </Group>
          </Table.Td>
        </Table.Tr>
      ))}
    </DataTable>
  );
}
