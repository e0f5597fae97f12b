import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { LoadingState } from '../../../components/LoadingState';
import { useDocumentTitle } from '../../../components/use-document-title';
import { useGetCurrentUser } from '../../auth/hooks/use-get-current-user';
import { useListBiobanks } from '../../catalogue/hooks/use-list-biobanks';
import { useListServices } from '../../catalogue/hooks/use-list-services';
import { RequestForm } from '../components/RequestForm';
import { useCreateRequest } from '../hooks/use-create-request';

export interface RequestCreatedState {
  createdReference: string;
}

export default function NewRequestPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('requestForm.pageTitle'));
  const navigate = useNavigate();
  const { data: user } = useGetCurrentUser();
  const services = useListServices();
  const biobanks = useListBiobanks();
  const create = useCreateRequest();
  const error = services.error ?? biobanks.error;

  return (
    <Stack gap="lg" maw={760}>
      <Title order={1}>{t('requestForm.title')}</Title>
      <Text>{t('requestForm.intro')}</Text>
      {error ? (
        <ErrorAlert
          title={t('requestForm.catalogueError')}
          error={error}
          onRetry={() => {
            void services.refetch();
            void biobanks.refetch();
          }}
        />
      ) : !services.data || !biobanks.data ? (
        <LoadingState />
      ) : (
        <RequestForm
          services={services.data}
          biobanks={biobanks.data}
          defaultValues={{
            title: '',
            serviceId: '',
            biobankCodes: [],
            projectDescription: '',
            principalInvestigator: '',
            institution: user?.institution ?? '',
            ethicsApprovalCaseNumber: '',
          }}
          submitLabel={t('requestForm.submit')}
          askServiceQuestions
          onSubmit={async (values) => {
            const created = await create.mutateAsync(values);
            const state: RequestCreatedState = { createdReference: created.reference };
            void navigate(`/requests/${created.id}`, { state });
          }}
        />
      )}
    </Stack>
  );
}
