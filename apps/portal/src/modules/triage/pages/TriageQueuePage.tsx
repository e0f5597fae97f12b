import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { LoadMoreButton } from '../../../components/LoadMoreButton';
import { LoadingState } from '../../../components/LoadingState';
import { useDocumentTitle } from '../../../components/use-document-title';
import { RequestTable } from '../../requests/components/RequestTable';
import { StatusFilter } from '../components/StatusFilter';
import { useListTriageQueue } from '../hooks/use-list-triage-queue';
import { useStatusFilter } from '../hooks/use-status-filter';

const COLUMNS = ['title', 'researcher', 'institution', 'service', 'status', 'submitted'] as const;

export default function TriageQueuePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('triage.pageTitle'));
  const { status, setStatus } = useStatusFilter();
  const { items, error, refetch, hasNextPage, fetchNextPage, isFetchingNextPage, isFetching } =
    useListTriageQueue(status);

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1}>{t('triage.title')}</Title>
        <Text c="gray.7">{t('triage.intro')}</Text>
      </Stack>
      <StatusFilter value={status} onChange={setStatus} />
      <div aria-busy={isFetching && !isFetchingNextPage}>
        {error && !items ? (
          <ErrorAlert error={error} onRetry={() => void refetch()} />
        ) : !items ? (
          <LoadingState />
        ) : items.length === 0 ? (
          <Paper withBorder p="xl">
            <Text>{status ? t('triage.empty') : t('triage.emptyAll')}</Text>
          </Paper>
        ) : (
          <>
            <RequestTable items={items} columns={COLUMNS} label={t('triage.tableLabel')} />
            {error && <ErrorAlert error={error} />}
            <LoadMoreButton
              hasMore={hasNextPage}
              loading={isFetchingNextPage}
              onLoadMore={() => void fetchNextPage()}
            />
          </>
        )}
      </div>
    </Stack>
  );
}
