import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { LoadMoreButton } from '../../../components/LoadMoreButton';
import { LoadingState } from '../../../components/LoadingState';
import { useDocumentTitle } from '../../../components/use-document-title';
import { RequestTable } from '../components/RequestTable';
import { useListRequests } from '../hooks/use-list-requests';

const COLUMNS = ['title', 'service', 'status', 'submitted'] as const;

export default function MyRequestsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('requests.pageTitle'));
  const { items, error, refetch, hasNextPage, fetchNextPage, isFetchingNextPage } = useListRequests();

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={1}>{t('requests.title')}</Title>
          <Text c="gray.7">{t('requests.intro')}</Text>
        </Stack>
        <Button component={Link} to="/requests/new">
          {t('requests.newButton')}
        </Button>
      </Group>
      {error && !items ? (
        <ErrorAlert error={error} onRetry={() => void refetch()} />
      ) : !items ? (
        <LoadingState />
      ) : items.length === 0 ? (
        <Paper withBorder p="xl">
          <Text>{t('requests.empty')}</Text>
        </Paper>
      ) : (
        <>
          <RequestTable items={items} columns={COLUMNS} label={t('requests.tableLabel')} />
          {error && <ErrorAlert error={error} />}
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
