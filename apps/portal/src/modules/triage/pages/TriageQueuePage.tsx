import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader';
import { useDocumentTitle } from '../../../components/use-document-title';
import { RequestQueue } from '../components/RequestQueue';

const COLUMNS = [
  'title',
  'researcher',
  'service',
  'priority',
  'assignee',
  'status',
  'submitted',
] as const;

export default function TriageQueuePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('triage.pageTitle'));

  return (
    <Stack gap="lg">
      <PageHeader title={t('triage.title')} lead={t('triage.intro')} />
      <RequestQueue
        columns={COLUMNS}
        label={t('triage.tableLabel')}
        emptyText={t('triage.emptyAll')}
        filteredEmptyText={t('queue.empty')}
        withCaseHandler
      />
    </Stack>
  );
}
