import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../../components/use-document-title';
import { PagedRequestTable } from '../../requests/components/PagedRequestTable';
import { StatusFilter } from '../components/StatusFilter';
import { useListTriageQueue } from '../hooks/use-list-triage-queue';
import { useStatusFilter } from '../hooks/use-status-filter';

const COLUMNS = ['title', 'researcher', 'institution', 'service', 'status', 'submitted'] as const;

export default function TriageQueuePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('triage.pageTitle'));
  const { status, setStatus } = useStatusFilter();
  const list = useListTriageQueue(status);

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1}>{t('triage.title')}</Title>
        <Text c="gray.7">{t('triage.intro')}</Text>
      </Stack>
      <StatusFilter value={status} onChange={setStatus} />
      <div aria-busy={list.isFetching && !list.isFetchingNextPage}>
        <PagedRequestTable
          list={list}
          columns={COLUMNS}
          label={t('triage.tableLabel')}
          emptyText={status ? t('triage.empty') : t('triage.emptyAll')}
        />
      </div>
    </Stack>
  );
}
