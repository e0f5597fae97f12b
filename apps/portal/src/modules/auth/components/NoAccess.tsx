import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDocumentTitle } from '../../../components/use-document-title';

export function NoAccess() {
  const { t } = useTranslation();
  useDocumentTitle(t('access.pageTitle'));
  return (
    <Stack gap="md">
      <Title order={1}>{t('access.title')}</Title>
      <Text>{t('access.text')}</Text>
      <Anchor component={Link} to="/">
        {t('common.backToHome')}
      </Anchor>
    </Stack>
  );
}
