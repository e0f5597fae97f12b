import { Box, Button, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AdminUser } from '@bgb/contracts';
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
    <Box style={{ overflowX: 'auto' }}>
      <Table
        aria-label={t('adminUsers.tableLabel')}
        striped
        highlightOnHover
        verticalSpacing="sm"
        miw={760}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('adminUsers.columns.name')}</Table.Th>
            <Table.Th scope="col">{t('adminUsers.columns.email')}</Table.Th>
            <Table.Th scope="col">{t('adminUsers.columns.institution')}</Table.Th>
            <Table.Th scope="col">{t('adminUsers.columns.roles')}</Table.Th>
            <Table.Th scope="col">{t('adminUsers.columns.biobanks')}</Table.Th>
            <Table.Th scope="col">{t('adminUsers.columns.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
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
        </Table.Tbody>
      </Table>
    </Box>
  );
}
