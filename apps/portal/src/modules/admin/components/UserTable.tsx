import { Button, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AdminUser } from '@bgb/contracts';
import { DataTable } from '../../../components/DataTable';
import { useGetCatalogueNames } from '../../catalogue/hooks/use-get-catalogue-names';
import { RoleBadges } from './RoleBadges';

interface UserTableProps {
  users: AdminUser[];
  onEditRoles: (user: AdminUser) => void;
}

/** Users as a table: the name is the row header, the roles can be edited from each row. */
export function UserTable({ users, onEditRoles }: UserTableProps) {
  const { t } = useTranslation();
  const { biobankName } = useGetCatalogueNames();
  return (
    <DataTable
      label={t('adminUsers.tableLabel')}
      headers={(['name', 'email', 'institution', 'roles', 'biobanks', 'actions'] as const).map(
        (column) => t(`adminUsers.columns.${column}`),
      )}
      minWidth={760}
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
            <Button
              variant="default"
              size="compact-sm"
              aria-label={t('adminUsers.editRolesFor', { name: user.name })}
              onClick={() => onEditRoles(user)}
            >
              {t('adminUsers.editRoles')}
            </Button>
          </Table.Td>
        </Table.Tr>
      ))}
    </DataTable>
  );
}
