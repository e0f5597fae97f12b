import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDocumentTitle } from '../../../components/use-document-title';
import { DraftsSection } from '../../drafts/components/DraftsSection';
import { PagedRequestTable } from '../components/PagedRequestTable';
import { useListRequests } from '../hooks/use-list-requests';

const COLUMNS = ['title', 'service', 'status', 'submitted'] as const;

export default function MyRequestsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('requests.pageTitle'));
  const list = useListRequests();

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
      <DraftsSection />
      <Stack gap="sm" component="section" aria-labelledby="submitted-heading">
        <Title order={2} id="submitted-heading">
          {t('requests.submittedHeading')}
        </Title>
        <PagedRequestTable
          list={list}
          columns={COLUMNS}
          label={t('requests.tableLabel')}
          emptyText={t('requests.empty')}
        />
      </Stack>
    </Stack>
  );
}
