import { Alert, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminUser } from '@bgb/contracts';
import { PageHeader } from '../../../components/PageHeader';
import { PagedList } from '../../../components/PagedList';
import { useDocumentTitle } from '../../../components/use-document-title';
import { EditRolesModal } from '../components/EditRolesModal';
import { UserSearch } from '../components/UserSearch';
import { UserTable } from '../components/UserTable';
import { useListUsers } from '../hooks/use-list-users';

export default function UsersPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('adminUsers.pageTitle'));
  const [search, setSearch] = useState('');
  const list = useListUsers(search);
  const [editing, setEditing] = useState<AdminUser | null>(null);
  const [savedName, setSavedName] = useState<string | null>(null);

  const edit = (user: AdminUser) => {
    setSavedName(null);
    setEditing(user);
  };

  return (
    <Stack gap="lg">
      <PageHeader title={t('adminUsers.title')} lead={t('adminUsers.intro')} />
      <UserSearch onSearch={setSearch} />
      <div role="status">
        {savedName !== null && (
          <Alert color="teal" variant="light">
            {t('adminUsers.saved', { name: savedName })}
          </Alert>
        )}
      </div>
      <div aria-busy={list.isFetching && !list.isFetchingNextPage}>
        <PagedList
          list={list}
          empty={search ? t('adminUsers.noMatch', { search }) : t('adminUsers.empty')}
        >
          {(users) => (
            <>
              <Text size="sm" c="gray.7" aria-live="polite">
                {t('adminUsers.showingCount', { count: users.length })}
              </Text>
              <UserTable users={users} onEditRoles={edit} />
            </>
          )}
        </PagedList>
      </div>
      <EditRolesModal
        user={editing}
        onClose={() => setEditing(null)}
        onSaved={(saved) => {
          setEditing(null);
          setSavedName(saved.name);
        }}
      />
    </Stack>
  );
}
