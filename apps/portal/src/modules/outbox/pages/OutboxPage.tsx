import { Alert, NativeSelect, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { OUTBOX_MAIL_STATUSES, OutboxMailStatus } from '@bgb/contracts';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { PagedList } from '../../../components/PagedList';
import { useDocumentTitle } from '../../../components/use-document-title';
import { NotificationTable } from '../components/NotificationTable';
import { useListNotifications } from '../hooks/use-list-notifications';
import { useResendNotification } from '../hooks/use-resend-notification';

const ALL = 'all';

/** Failed mails first of all: the status filter lives in the address, `failed` unless chosen otherwise. */
export default function OutboxPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('outbox.pageTitle'));
  const [params, setParams] = useSearchParams();
  const chosen = params.get('status');
  const status = chosen === ALL ? undefined : (OutboxMailStatus.safeParse(chosen).data ?? 'failed');
  const list = useListNotifications(status);
  const resend = useResendNotification();
  const [resent, setResent] = useState<string | null>(null);

  return (
    <Stack gap="lg">
      <PageHeader title={t('outbox.title')} lead={t('outbox.intro')} />
      <NativeSelect
        label={t('outbox.filterLabel')}
        value={status ?? ALL}
        onChange={(event) => {
          setResent(null);
          setParams({ status: event.currentTarget.value }, { replace: true });
        }}
        data={[
          ...OUTBOX_MAIL_STATUSES.map((value) => ({ value, label: t(`outbox.filter.${value}`) })),
          { value: ALL, label: t('outbox.filter.all') },
        ]}
        w={{ base: '100%', xs: 260 }}
      />
      <div role="status">
        {resent !== null && (
          <Alert color="teal" variant="light">
            {t('outbox.resent', { recipient: resent })}
          </Alert>
        )}
      </div>
      {resend.error && <ErrorAlert error={resend.error} />}
      <div aria-busy={list.isFetching && !list.isFetchingNextPage}>
        <PagedList list={list} empty={t(`outbox.empty.${status ?? ALL}`)}>
          {(notifications) => (
            <NotificationTable
              notifications={notifications}
              resendingId={resend.isPending ? (resend.variables ?? null) : null}
              onResend={(mail) => {
                setResent(null);
                resend.mutate(mail.id, { onSuccess: () => setResent(mail.recipient) });
              }}
            />
          )}
        </PagedList>
      </div>
    </Stack>
  );
}
