import { Alert, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminUser } from '@bgb/contracts';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { LoadMoreButton } from '../../../components/LoadMoreButton';
import { LoadingState } from '../../../components/LoadingState';
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
  const { items, error, refetch, hasNextPage, fetchNextPage, isFetchingNextPage } = list;
  const [editing, setEditing] = useState<AdminUser | null>(null);
  const [savedName, setSavedName] = useState<string | null>(null);

  const edit = (user: AdminUser) => {
    setSavedName(null);
    setEditing(user);
  };

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1}>{t('adminUsers.title')}</Title>
        <Text c="gray.7">{t('adminUsers.intro')}</Text>
      </Stack>
      <UserSearch onSearch={setSearch} />
      <div role="status">
        {savedName !== null && (
          <Alert color="teal" variant="light">
            {t('adminUsers.saved', { name: savedName })}
          </Alert>
        )}
      </div>
      <div aria-busy={list.isFetching && !isFetchingNextPage}>
        {error && !items ? (
          <ErrorAlert error={error} onRetry={() => void refetch()} />
        ) : !items ? (
          <LoadingState />
        ) : items.length === 0 ? (
          <Paper withBorder p="xl">
            <Text>{search ? t('adminUsers.noMatch', { search }) : t('adminUsers.empty')}</Text>
          </Paper>
        ) : (
          <Stack gap="sm">
            <Text size="sm" c="gray.7" aria-live="polite">
              {t('adminUsers.showingCount', { count: items.length })}
            </Text>
            <UserTable users={items} onEditRoles={edit} />
            {error && <ErrorAlert error={error} />}
            <LoadMoreButton
              hasMore={hasNextPage}
              loading={isFetchingNextPage}
              onLoadMore={() => void fetchNextPage()}
            />
          </Stack>
        )}
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
