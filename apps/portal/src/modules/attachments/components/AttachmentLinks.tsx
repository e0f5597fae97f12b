import { Anchor, Group, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AttachmentSummary } from '@bgb/contracts';
import { useLocale } from '../../../components/use-locale';
import { attachmentDownloadUrl } from '../download-url';
import { formatSize } from '../format-size';

/** A file's name as the link that downloads it under that name; long names wrap anywhere. */
export function AttachmentDownloadLink({
  file,
}: {
  file: Pick<AttachmentSummary, 'id' | 'fileName'>;
}) {
  return (
    <Anchor
      href={attachmentDownloadUrl(file.id)}
      download={file.fileName}
      style={{ overflowWrap: 'anywhere' }}
    >
      {file.fileName}
    </Anchor>
  );
}

/** The files of a message, each a download link with its type and size. */
export function AttachmentLinks({ attachments }: { attachments: readonly AttachmentSummary[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (attachments.length === 0) return null;
  return (
    <List aria-label={t('attachments.messageFiles')} listStyleType="none" spacing={4} m={0} p={0}>
      {attachments.map((file) => (
        <List.Item key={file.id}>
          <Group gap="xs" wrap="nowrap">
            <AttachmentDownloadLink file={file} />
            <Text size="sm" c="dimmed">
              {t(`attachments.types.${mediaTypeKey(file.mediaType)}`)},{' '}
              {formatSize(file.size, locale)}
            </Text>
          </Group>
        </List.Item>
      ))}
    </List>
  );
}

const TYPE_KEYS: Record<AttachmentSummary['mediaType'], string> = {
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'text/csv': 'csv',
  'image/png': 'png',
  'image/jpeg': 'jpeg',
};

export function mediaTypeKey(mediaType: AttachmentSummary['mediaType']): string {
  return TYPE_KEYS[mediaType];
}
