import { Alert, Button, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/api-error';
import { PageHeader } from '../../../components/PageHeader';
import { QueryBoundary } from '../../../components/QueryBoundary';
import { useDocumentTitle } from '../../../components/use-document-title';
import { MailTable } from '../components/MailTable';
import { MailViewer } from '../components/MailViewer';
import { useListMails } from '../hooks/use-list-mails';

export default function MailsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('mails.pageTitle'));
  const mailsQuery = useListMails();
  const { data: mails, error, isFetching, refetch } = mailsQuery;
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const selected = mails?.find((mail) => mail.id === selectedId) ?? null;
  const notDemo = isApiError(error) && error.status === 404;

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('mails.title')}
        lead={t('mails.intro')}
        actions={
          !notDemo && (
            <Button variant="default" onClick={() => void refetch()} loading={isFetching}>
              {t('mails.refresh')}
            </Button>
          )
        }
      />
      {notDemo ? (
        <Alert color="blue" variant="light">
          {t('mails.notDemo')}
        </Alert>
      ) : (
        <QueryBoundary query={mailsQuery} empty={t('mails.empty')}>
          {(list) => (
            <>
              <MailTable mails={list} selectedId={selectedId} onSelect={setSelectedId} />
              {selected ? (
                <MailViewer mail={selected} />
              ) : (
                <Text c="gray.7">{t('mails.selectHint')}</Text>
              )}
            </>
          )}
        </QueryBoundary>
      )}
    </Stack>
  );
}
