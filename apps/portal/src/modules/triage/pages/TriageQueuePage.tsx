import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
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
      <Stack gap={4}>
        <Title order={1}>{t('triage.title')}</Title>
        <Text c="gray.7">{t('triage.intro')}</Text>
      </Stack>
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
