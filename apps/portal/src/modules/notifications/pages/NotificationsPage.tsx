import { Anchor, Button, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { PagedList } from '../../../components/PagedList';
import { useDocumentTitle } from '../../../components/use-document-title';
import { NotificationList } from '../components/NotificationList';
import { useListNotifications } from '../hooks/use-list-notifications';
import { useMarkRead } from '../hooks/use-mark-read';

export default function NotificationsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('notifications.pageTitle'));
  const list = useListNotifications();
  const markRead = useMarkRead();
  const anyUnread = list.items?.some((item) => !item.readAt) ?? false;

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('notifications.title')}
        lead={
          <Anchor component={Link} to="/settings/notifications">
            {t('notifications.settingsLink')}
          </Anchor>
        }
        actions={
          anyUnread && (
            <Button
              variant="default"
              onClick={() => markRead.mutate(null)}
              loading={markRead.isPending && markRead.variables === null}
            >
              {t('notifications.markAllRead')}
            </Button>
          )
        }
      />
      {markRead.error && <ErrorAlert error={markRead.error} />}
      <PagedList list={list} empty={t('notifications.empty')}>
        {(items) => (
          <NotificationList
            items={items}
            onMarkRead={(id) => markRead.mutate(id)}
            pendingId={markRead.isPending ? (markRead.variables ?? null) : null}
          />
        )}
      </PagedList>
    </Stack>
  );
}
