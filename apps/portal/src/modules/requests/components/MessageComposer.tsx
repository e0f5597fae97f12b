import { Alert, Button, Checkbox, Group, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { MESSAGE_MAX_LENGTH, PostMessageBody } from '@bgb/contracts';
import { formResolver } from '../../../components/forms/form-resolver';
import { FormFailureAlert, useFormFailure } from '../../../components/forms/use-form-failure';
import { INTL_LOCALE } from '../../../components/format-date';
import { useLocale } from '../../../components/use-locale';
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
      { body: text, internal: mayWriteInternal && internal },
      {
        onSuccess: (message) => {
          reset();
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
