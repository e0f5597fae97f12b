import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The "attachments" step; documents belong to a saved draft. */
export function AttachmentsStep() {
  const { t } = useTranslation();
  return <Text>{t('drafts.attachments.text')}</Text>;
}
