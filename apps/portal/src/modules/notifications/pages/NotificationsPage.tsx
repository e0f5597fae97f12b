import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { LoadMoreButton } from '../../../components/LoadMoreButton';
import { LoadingState } from '../../../components/LoadingState';
import { useDocumentTitle } from '../../../components/use-document-title';
import { NotificationList } from '../components/NotificationList';
import { useListNotifications } from '../hooks/use-list-notifications';
import { useMarkRead } from '../hooks/use-mark-read';

export default function NotificationsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('notifications.pageTitle'));
  const { items, error, refetch, hasNextPage, fetchNextPage, isFetchingNextPage } =
    useListNotifications();
  const markRead = useMarkRead();
  const anyUnread = items?.some((item) => !item.readAt) ?? false;

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={1}>{t('notifications.title')}</Title>
          <Anchor component={Link} to="/settings/notifications">
            {t('notifications.settingsLink')}
          </Anchor>
        </Stack>
        {anyUnread && (
          <Button
            variant="default"
            onClick={() => markRead.mutate(null)}
            loading={markRead.isPending && markRead.variables === null}
          >
            {t('notifications.markAllRead')}
          </Button>
        )}
      </Group>
      {markRead.error && <ErrorAlert error={markRead.error} />}
      {error && !items ? (
        <ErrorAlert error={error} onRetry={() => void refetch()} />
      ) : !items ? (
        <LoadingState />
      ) : items.length === 0 ? (
        <Paper withBorder p="xl">
          <Text>{t('notifications.empty')}</Text>
        </Paper>
      ) : (
        <>
          <NotificationList
            items={items}
            onMarkRead={(id) => markRead.mutate(id)}
            pendingId={markRead.isPending ? (markRead.variables ?? null) : null}
          />
          <LoadMoreButton
            hasMore={hasNextPage}
            loading={isFetchingNextPage}
            onLoadMore={() => void fetchNextPage()}
          />
        </>
      )}
    </Stack>
  );
}
