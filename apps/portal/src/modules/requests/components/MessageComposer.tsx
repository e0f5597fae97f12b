import {
  Alert,
  Button,
  Checkbox,
  CloseButton,
  Group,
  List,
  Stack,
  Text,
  Textarea,
} from '@mantine/core';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  type Attachment,
  MESSAGE_MAX_ATTACHMENTS,
  MESSAGE_MAX_LENGTH,
  PostMessageBody,
} from '@bgb/contracts';
import { formResolver } from '../../../components/forms/form-resolver';
import { FormFailureAlert, useFormFailure } from '../../../components/forms/use-form-failure';
import { INTL_LOCALE } from '../../../components/format-date';
import { useLocale } from '../../../components/use-locale';
import { AttachmentUpload } from '../../attachments/components/AttachmentUpload';
import { useDeleteAttachment } from '../../attachments/hooks/use-delete-attachment';
import { usePostMessage } from '../hooks/use-post-message';

const FIELDS = ['body', 'internal'] as const;

interface MessageComposerProps {
  requestId: string;
  /** Only the secretariat and coordinators may keep a post from the researcher. */
  mayWriteInternal: boolean;
}

/** Posts on the request's conversation; validated by the same contract schema the API uses. */
export function MessageComposer({ requestId, mayWriteInternal }: MessageComposerProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const post = usePostMessage(requestId);
  const [sent, setSent] = useState<{ internal: boolean } | null>(null);
  // Uploaded before sending: they wait, seen only by this user, until the message takes them.
  const [files, setFiles] = useState<Attachment[]>([]);
  const removeFile = useDeleteAttachment(requestId);
  const {
    register,
    control,
    handleSubmit,
    setError,
    reset,
    formState: { errors },
  } = useForm({
    resolver: formResolver(PostMessageBody),
    defaultValues: { body: '', internal: false },
  });
  const { failure, clear, onError } = useFormFailure(setError, FIELDS);
  const body = useWatch({ control, name: 'body' }) ?? '';
  const formatNumber = (value: number) => value.toLocaleString(INTL_LOCALE[locale]);

  const onSubmit = handleSubmit(({ body: text, internal }) => {
    clear();
    setSent(null);
    post.mutate(
      {
        body: text,
        internal: mayWriteInternal && internal,
        ...(files.length > 0 ? { attachmentIds: files.map((file) => file.id) } : {}),
      },
      {
        onSuccess: (message) => {
          reset();
          setFiles([]);
          setSent({ internal: message.internal });
        },
        onError,
      },
    );
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-busy={post.isPending}>
      <Stack gap="sm">
        <FormFailureAlert failure={failure} />
        <Textarea
          {...register('body')}
          label={t('messageForm.label')}
          description={t('messageForm.counter', {
            length: formatNumber(body.length),
            max: formatNumber(MESSAGE_MAX_LENGTH),
          })}
          autosize
          minRows={4}
          maxRows={16}
          required
          error={errors.body?.message}
        />
        {mayWriteInternal && (
          <Checkbox
            {...register('internal')}
            label={t('messageForm.internal')}
            error={errors.internal?.message}
          />
        )}
        {files.length > 0 && (
          <List aria-label={t('messageForm.attached')} listStyleType="none" spacing={4} m={0} p={0}>
            {files.map((file) => (
              <List.Item key={file.id}>
                <Group gap="xs" wrap="nowrap">
                  <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                    {file.fileName}
                  </Text>
                  <CloseButton
                    size="sm"
                    aria-label={t('messageForm.removeFile', { name: file.fileName })}
                    onClick={() =>
                      removeFile.mutate(file.id, {
                        onSuccess: () =>
                          setFiles((current) => current.filter((kept) => kept.id !== file.id)),
                      })
                    }
                  />
                </Group>
              </List.Item>
            ))}
          </List>
        )}
        {files.length < MESSAGE_MAX_ATTACHMENTS && (
          <AttachmentUpload
            requestId={requestId}
            label={t('messageForm.attach')}
            onUploaded={(file) => setFiles((current) => [...current, file])}
          />
        )}
        <FormFailureAlert failure={removeFile.error} />
        <Group>
          <Button type="submit" loading={post.isPending}>
            {t('messageForm.submit')}
          </Button>
        </Group>
        <div role="status">
          {sent && (
            <Alert color="teal" variant="light">
              {t(sent.internal ? 'messageForm.sentInternal' : 'messageForm.sent')}
            </Alert>
          )}
        </div>
      </Stack>
    </form>
  );
}
