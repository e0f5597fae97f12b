import { Alert, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { isApiError } from '../../../api/api-error';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { LoadingState } from '../../../components/LoadingState';
import { NotFoundState } from '../../../components/NotFoundState';
import { StatusBadge } from '../../../components/StatusBadge';
import { useDocumentTitle } from '../../../components/use-document-title';
import { hasRole } from '../../auth/access';
import { useGetCurrentUser } from '../../auth/hooks/use-get-current-user';
import { RoutingsSection } from '../../routing/components/RoutingsSection';
import { TriagePanel } from '../../triage/components/TriagePanel';
import { ClarificationNotice } from '../components/ClarificationNotice';
import { RequestActions } from '../components/RequestActions';
import { RequestFacts } from '../components/RequestFacts';
import { ServiceAnswers } from '../../service-questions/components/ServiceAnswers';
import { RequestHistory } from '../components/RequestHistory';
import { useGetRequest } from '../hooks/use-get-request';
import { AttachmentsSection } from '../../attachments/components/AttachmentsSection';
import { CopyAsDraftButton } from '../../drafts/components/CopyAsDraftButton';
import type { RequestCreatedState } from '../../drafts/components/DraftEditor';

function isNotFound(error: unknown): boolean {
  // A malformed id, a missing request and somebody else's request all look the same to the user.
  return isApiError(error) && [400, 403, 404].includes(error.status);
}

export default function RequestDetailsPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const created = (location.state as RequestCreatedState | null)?.createdReference;
  const { data: request, error, isPending, refetch } = useGetRequest(id);
  const { data: user } = useGetCurrentUser();

  useDocumentTitle(
    request
      ? t('requestDetails.pageTitle', { reference: request.reference })
      : isNotFound(error)
        ? t('requestDetails.notFoundTitle')
        : t('requestDetails.loadingTitle'),
  );

  if (isPending) return <LoadingState />;
  if (!request) {
    if (isNotFound(error)) {
      return (
        <NotFoundState
          title={t('requestDetails.notFoundTitle')}
          text={t('requestDetails.notFoundText')}
        />
      );
    }
    return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  }

  return (
    <Stack gap="xl">
      {created === request.reference && (
        <Alert role="status" color="teal" variant="light">
          {t('requestDetails.created', { reference: request.reference })}
        </Alert>
      )}
      <Stack gap="xs">
        <Group gap="md" align="center">
          <Title order={1} ff="monospace">
            {request.reference}
          </Title>
          <StatusBadge status={request.status} />
        </Group>
        <Text size="xl" fw={600}>
          {request.title}
        </Text>
      </Stack>
      <ClarificationNotice key={`clarification-${request.id}`} request={request} />
      <RequestActions key={request.id} request={request} />
      {user?.id === request.researcher.id && <CopyAsDraftButton requestId={request.id} />}
      {hasRole(user, 'secretariat') && (
        <TriagePanel key={`triage-${request.id}`} request={request} />
      )}
      <RoutingsSection key={`routings-${request.id}`} request={request} />
      <Stack component="section" aria-labelledby="request-details-heading" gap="md">
        <Title order={2} id="request-details-heading">
          {t('requestDetails.detailsHeading')}
        </Title>
        <RequestFacts request={request} />
      </Stack>
      {request.questionSetVersion !== null && request.answers && (
        <ServiceAnswers
          serviceId={request.serviceId}
          questionSetVersion={request.questionSetVersion}
          answers={request.answers}
        />
      )}
      <AttachmentsSection
        key={`attachments-${request.id}`}
        requestId={request.id}
        editable={false}
      />
      <RequestHistory request={request} />
    </Stack>
  );
}
