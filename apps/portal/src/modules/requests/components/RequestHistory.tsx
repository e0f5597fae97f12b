import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ServiceRequest } from '@bgb/contracts';
import { mayPostMessage } from '@bgb/domain';
import { QueryBoundary } from '../../../components/QueryBoundary';
import { useGetCurrentUser } from '../../auth/hooks/use-get-current-user';
import { useGetRequestHistory } from '../hooks/use-get-request-history';
import { HistoryTimeline } from './HistoryTimeline';
import { MessageComposer } from './MessageComposer';

/** The audit trail and the conversation of a request, with a form to add to the latter. */
export function RequestHistory({ request }: { request: ServiceRequest }) {
  const { t } = useTranslation();
  const { data: user } = useGetCurrentUser();
  const history = useGetRequestHistory(request.id);
  const subject = { ...request, researcherId: request.researcher.id };

  return (
    <Stack component="section" aria-labelledby="request-history-heading" gap="md">
      <Title order={2} id="request-history-heading">
        {t('history.heading')}
      </Title>
      <QueryBoundary query={history} loadingLabel={t('history.loading')}>
        {({ items }) => <HistoryTimeline entries={items} />}
      </QueryBoundary>
      {user && mayPostMessage(user, subject, false) && (
        <MessageComposer
          requestId={request.id}
          mayWriteInternal={mayPostMessage(user, subject, true)}
        />
      )}
    </Stack>
  );
}
