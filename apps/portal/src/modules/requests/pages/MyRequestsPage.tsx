import { Button, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { useDocumentTitle } from '../../../components/use-document-title';
import { EmailVerificationNotice } from '../../auth/components/EmailVerificationNotice';
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
      <PageHeader
        title={t('requests.title')}
        lead={t('requests.intro')}
        actions={
          <Button component={Link} to="/requests/new">
            {t('requests.newButton')}
          </Button>
        }
      />
      <EmailVerificationNotice />
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
