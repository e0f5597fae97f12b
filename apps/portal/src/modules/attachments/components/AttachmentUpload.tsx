import { FileInput, Progress, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ATTACHMENT_EXTENSIONS, ATTACHMENT_MEDIA_TYPES, type Attachment } from '@bgb/contracts';
import { ApiError } from '../../../api/api-error';
import { describeError } from '../../../components/describe-error';
import { useUploadAttachment } from '../hooks/use-upload-attachment';

/** What the file picker offers; the API still decides from the content. */
const ACCEPT = [...ATTACHMENT_MEDIA_TYPES, ...ATTACHMENT_EXTENSIONS].join(',');

interface AttachmentUploadProps {
  requestId: string;
  label: string;
  onUploaded?: (attachment: Attachment) => void;
}

/**
 * Picks files and uploads them one after the other, showing each one's progress and saying
 * in words why a file was refused (too large, a type that is not accepted).
 */
export function AttachmentUpload({ requestId, label, onUploaded }: AttachmentUploadProps) {
  const { t } = useTranslation();
  const upload = useUploadAttachment(requestId);
  const [current, setCurrent] = useState<string | null>(null);
  const [failures, setFailures] = useState<string[]>([]);
  const [done, setDone] = useState<string | null>(null);

  const uploadAll = async (files: File[]) => {
    setFailures([]);
    setDone(null);
    const refused: string[] = [];
    const uploaded: string[] = [];
    for (const file of files) {
      setCurrent(file.name);
      try {
        const attachment = await upload.mutateAsync(file);
        uploaded.push(attachment.fileName);
        onUploaded?.(attachment);
      } catch (error) {
        refused.push(refusal(file.name, error));
      }
    }
    setCurrent(null);
    setFailures(refused);
    if (uploaded.length > 0)
      setDone(t('attachments.uploaded', { count: uploaded.length, names: uploaded.join(', ') }));
  };

  const refusal = (name: string, error: unknown) => {
    if (error instanceof ApiError && error.code === 'ATTACHMENT_TOO_LARGE')
      return t('attachments.errors.tooLarge', { name });
    if (error instanceof ApiError && error.code === 'UNSUPPORTED_MEDIA_TYPE')
      return t('attachments.errors.unsupported', { name });
    return t('attachments.errors.failed', { name, reason: describeError(error, t) });
  };

  return (
    <Stack gap="xs">
      <FileInput
        label={label}
        description={t('attachments.allowed')}
        placeholder={t('attachments.choose')}
        accept={ACCEPT}
        multiple
        clearable={false}
        value={[]}
        disabled={current !== null}
        onChange={(files) => void uploadAll(files)}
      />
      {current !== null && (
        <Progress
          value={Math.round(upload.progress * 100)}
          aria-label={t('attachments.progress', { name: current })}
          animated
        />
      )}
      {/* A live region without the status role: the page's own status messages stay the only ones. */}
      <div aria-live="polite">
        {current !== null && <Text size="sm">{t('attachments.uploading', { name: current })}</Text>}
        {done && <Text size="sm">{done}</Text>}
      </div>
      {failures.length > 0 && (
        <Stack gap={4} role="alert">
          {failures.map((failure) => (
            <Text key={failure} size="sm" c="red.9">
              {failure}
            </Text>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
