import { Alert, Anchor, Button, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { LoadingState } from '../../../components/LoadingState';
import { PageHeader } from '../../../components/PageHeader';
import { useDocumentTitle } from '../../../components/use-document-title';
import { useGetUnsubscribeTarget, useUnsubscribe } from '../hooks/use-unsubscribe';

/**
 * Where a mail's unsubscribe link leads. It asks first and changes nothing until the person
 * confirms: mail scanners open every link in a mail.
 */
export default function UnsubscribePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('preferences.unsubscribe.pageTitle'));
  const token = useSearchParams()[0].get('token') ?? '';
  const target = useGetUnsubscribeTarget(token);
  const unsubscribe = useUnsubscribe();

  let content;
  if (!token || target.error) {
    content = (
      <Alert color="red" variant="light" role="alert">
        {t('preferences.unsubscribe.invalid')}
      </Alert>
    );
  } else if (!target.data) {
    content = <LoadingState />;
  } else if (unsubscribe.isSuccess) {
    content = (
      <Alert color="teal" variant="light" role="status">
        {t('preferences.unsubscribe.done', {
          kind: t(`preferences.kinds.${target.data.kind}.label`),
        })}
      </Alert>
    );
  } else {
    content = (
      <Stack gap="md" align="flex-start">
        <Text>
          {t('preferences.unsubscribe.question', {
            kind: t(`preferences.kinds.${target.data.kind}.label`),
          })}
        </Text>
        {unsubscribe.error && <ErrorAlert error={unsubscribe.error} />}
        <Button onClick={() => unsubscribe.mutate(token)} loading={unsubscribe.isPending}>
          {t('preferences.unsubscribe.confirm')}
        </Button>
      </Stack>
    );
  }

  return (
    <Stack gap="lg" maw={640}>
      <PageHeader title={t('preferences.unsubscribe.title')} />
      <Paper withBorder p="lg">
        {content}
      </Paper>
      <Anchor component={Link} to="/settings/notifications">
        {t('preferences.unsubscribe.settings')}
      </Anchor>
    </Stack>
  );
}
