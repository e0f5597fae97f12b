import { Alert, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { type Locale, type MailKind, SendTestMailBody } from '@bgb/contracts';
import { formResolver } from '../../../components/forms/form-resolver';
import { FormFailureAlert, useFormFailure } from '../../../components/forms/use-form-failure';
import { useSendTestMail } from '../hooks/use-mail-templates';

const TestMailFields = SendTestMailBody.pick({ to: true });
const FIELDS = ['to'] as const;

/** Sends the chosen kind, in the chosen language and with sample data, to any address. */
export function TestMailForm({ kind, locale }: { kind: MailKind; locale: Locale }) {
  const { t } = useTranslation();
  const send = useSendTestMail();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm({ resolver: formResolver(TestMailFields), defaultValues: { to: '' } });
  const { failure, clear, onError } = useFormFailure(setError, FIELDS);

  const onSubmit = handleSubmit(({ to }) => {
    clear();
    send.reset();
    send.mutate({ to, kind, locale }, { onError });
  });

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="test-mail-heading">
      <form onSubmit={onSubmit} noValidate aria-busy={send.isPending}>
        <Stack gap="md">
          <Title order={2} id="test-mail-heading" size="h3">
            {t('mailTemplates.test.heading')}
          </Title>
          <Text size="sm" c="gray.7">
            {t('mailTemplates.test.intro')}
          </Text>
          <FormFailureAlert failure={failure} />
          <Group align="flex-end">
            <TextInput
              {...register('to')}
              type="email"
              autoComplete="email"
              label={t('mailTemplates.test.to')}
              error={errors.to?.message}
              style={{ flex: 1, minWidth: 240 }}
            />
            <Button type="submit" loading={send.isPending}>
              {t('mailTemplates.test.send')}
            </Button>
          </Group>
          <div role="status">
            {send.data && (
              <Alert color="teal" variant="light">
                {t('mailTemplates.test.queued', {
                  recipient: send.data.recipient,
                  subject: send.data.subject,
                })}
              </Alert>
            )}
          </div>
        </Stack>
      </form>
    </Paper>
  );
}
