import { Button, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { MfaCodeBody } from '@bgb/contracts';
import { FormFailureAlert, useFormFailure } from '../../../components/forms/use-form-failure';
import { formResolver } from '../../../components/forms/form-resolver';
import { useDisableTotp } from '../hooks/use-totp';

const FIELDS = ['code'] as const;

/** Turning the second factor off takes a code, so an unattended session cannot do it. */
export function DisableTotpForm({ onDisabled }: { onDisabled: () => void }) {
  const { t } = useTranslation();
  const disable = useDisableTotp();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm({ resolver: formResolver(MfaCodeBody), defaultValues: { code: '' } });
  const { failure, clear, onError } = useFormFailure(setError, FIELDS);

  const onSubmit = handleSubmit((values) => {
    clear();
    disable.mutate(values, { onSuccess: onDisabled, onError });
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-busy={disable.isPending}>
      <Stack gap="sm">
        <Title order={2} size="h3">
          {t('mfa.disableTitle')}
        </Title>
        <Text>{t('mfa.disableText')}</Text>
        <FormFailureAlert failure={failure} />
        <TextInput
          {...register('code')}
          label={t('mfa.disableCode')}
          autoComplete="one-time-code"
          maw={320}
          required
          error={errors.code?.message}
        />
        <Button
          type="submit"
          color="red"
          loading={disable.isPending}
          style={{ alignSelf: 'flex-start' }}
        >
          {t('mfa.disable')}
        </Button>
      </Stack>
    </form>
  );
}
