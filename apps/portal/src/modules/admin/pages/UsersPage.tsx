import { Alert, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountState, AdminUser } from '@bgb/contracts';
import { ConfirmDialog } from '../../../components/dialogs/ConfirmDialog';
import { PageHeader } from '../../../components/PageHeader';
import { PagedList } from '../../../components/PagedList';
import { useDocumentTitle } from '../../../components/use-document-title';
import { AccountStateFilter } from '../components/AccountStateFilter';
import { EditRolesModal } from '../components/EditRolesModal';
import { InvitationsSection } from '../components/InvitationsSection';
import { UserSearch } from '../components/UserSearch';
import { UserTable } from '../components/UserTable';
import { useListUsers } from '../hooks/use-list-users';
import { useSetUserActivation } from '../hooks/use-set-user-activation';

export default function UsersPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('adminUsers.pageTitle'));
  const [search, setSearch] = useState('');
  const [state, setState] = useState<AccountState | undefined>(undefined);
  const list = useListUsers(search, state);
  const activation = useSetUserActivation();
  const [editing, setEditing] = useState<AdminUser | null>(null);
  const [toggling, setToggling] = useState<AdminUser | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const edit = (user: AdminUser) => {
    setNotice(null);
    setEditing(user);
  };
  const toggle = (user: AdminUser) => {
    setNotice(null);
    activation.reset();
    setToggling(user);
  };
  const action = toggling?.deactivatedAt ? 'reactivate' : 'deactivate';

  return (
    <Stack gap="lg">
      <PageHeader title={t('adminUsers.title')} lead={t('adminUsers.intro')} />
      <Group align="flex-start" gap="lg">
        <UserSearch onSearch={setSearch} />
        <AccountStateFilter value={state} onChange={setState} />
      </Group>
      <div role="status">
        {notice !== null && (
          <Alert color="teal" variant="light">
            {notice}
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
              <UserTable users={users} onEditRoles={edit} onToggleActivation={toggle} />
            </>
          )}
        </PagedList>
      </div>
      <InvitationsSection />
      <EditRolesModal
        user={editing}
        onClose={() => setEditing(null)}
        onSaved={(saved) => {
          setEditing(null);
          setNotice(t('adminUsers.saved', { name: saved.name }));
        }}
      />
      <ConfirmDialog
        opened={toggling !== null}
        title={t(`adminUsers.${action}Title`, { name: toggling?.name ?? '' })}
        text={t(`adminUsers.${action}Text`, { name: toggling?.name ?? '' })}
        confirmLabel={t(`adminUsers.${action}`)}
        danger={action === 'deactivate'}
        pending={activation.isPending}
        error={activation.error}
        onClose={() => setToggling(null)}
        onConfirm={() =>
          toggling &&
          activation.mutate(
            { id: toggling.id, action },
            {
              onSuccess: () => {
                setNotice(t(`adminUsers.${action}d`, { name: toggling.name }));
                setToggling(null);
              },
            },
          )
        }
      />
    </Stack>
  );
}
