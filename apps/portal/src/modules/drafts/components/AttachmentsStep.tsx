import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AttachmentsSection } from '../../attachments/components/AttachmentsSection';

/** The "attachments" step: protocols and approvals belong to a saved draft. */
export function AttachmentsStep({ draftId }: { draftId: string | null }) {
  const { t } = useTranslation();
  if (!draftId) return <Text>{t('drafts.attachments.text')}</Text>;
  return <AttachmentsSection requestId={draftId} editable headingOrder={3} />;
}
