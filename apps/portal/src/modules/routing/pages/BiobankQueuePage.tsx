import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader';
import { useDocumentTitle } from '../../../components/use-document-title';
import { useGetCurrentUser } from '../../auth/hooks/use-get-current-user';
import { RequestQueue } from '../../triage/components/RequestQueue';

const COLUMNS = [
  'title',
  'institution',
  'service',
  'priority',
  'routing',
  'status',
  'submitted',
] as const;

/** A coordinator's queue: the requests routed to their biobanks (the API decides which). */
export default function BiobankQueuePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('biobankQueue.pageTitle'));
  const { data: user } = useGetCurrentUser();

  return (
    <Stack gap="lg">
      <PageHeader title={t('biobankQueue.title')} lead={t('biobankQueue.intro')} />
      <RequestQueue
        columns={COLUMNS}
        label={t('biobankQueue.tableLabel')}
        emptyText={t('biobankQueue.emptyAll')}
        filteredEmptyText={t('queue.empty')}
        ownBiobankCodes={user?.biobankCodes}
      />
    </Stack>
  );
}
