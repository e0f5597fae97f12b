import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/api-error';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { LoadingState } from '../../../components/LoadingState';
import { useDocumentTitle } from '../../../components/use-document-title';
import { MailTable } from '../components/MailTable';
import { MailViewer } from '../components/MailViewer';
import { useListMails } from '../hooks/use-list-mails';

export default function MailsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('mails.pageTitle'));
  const { data: mails, error, isFetching, refetch } = useListMails();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const selected = mails?.find((mail) => mail.id === selectedId) ?? null;
  const notDemo = isApiError(error) && error.status === 404;

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={1}>{t('mails.title')}</Title>
          <Text c="gray.7">{t('mails.intro')}</Text>
        </Stack>
        {!notDemo && (
          <Button variant="default" onClick={() => void refetch()} loading={isFetching}>
            {t('mails.refresh')}
          </Button>
        )}
      </Group>
      {notDemo ? (
        <Alert color="blue" variant="light">
          {t('mails.notDemo')}
        </Alert>
      ) : error && !mails ? (
        <ErrorAlert error={error} onRetry={() => void refetch()} />
      ) : !mails ? (
        <LoadingState />
      ) : mails.length === 0 ? (
        <Paper withBorder p="xl">
          <Text>{t('mails.empty')}</Text>
        </Paper>
      ) : (
        <>
          <MailTable mails={mails} selectedId={selectedId} onSelect={setSelectedId} />
          {selected ? (
            <MailViewer mail={selected} />
          ) : (
            <Text c="gray.7">{t('mails.selectHint')}</Text>
          )}
        </>
      )}
    </Stack>
  );
}
