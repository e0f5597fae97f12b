import { Button, Code, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { QRCodeSVG } from 'qrcode.react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { EnableTotpBody } from '@bgb/contracts';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { FormFailureAlert, useFormFailure } from '../../../components/forms/use-form-failure';
import { formResolver } from '../../../components/forms/form-resolver';
import { useEnableTotp, useSetupTotp } from '../hooks/use-totp';

const FIELDS = ['code'] as const;

interface TotpSetupFlowProps {
  /** TOTP is on; these recovery codes are shown now and never again. */
  onEnabled: (recoveryCodes: string[]) => void;
}

/** Scan (or type) a new secret into an authenticator app, then confirm it with the app's code. */
export function TotpSetupFlow({ onEnabled }: TotpSetupFlowProps) {
  const { t } = useTranslation();
  const setup = useSetupTotp();
  const enable = useEnableTotp();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm({ resolver: formResolver(EnableTotpBody), defaultValues: { code: '' } });
  const { failure, clear, onError } = useFormFailure(setError, FIELDS);

  const onSubmit = handleSubmit((values) => {
    clear();
    enable.mutate(values, { onSuccess: (reply) => onEnabled(reply.recoveryCodes), onError });
  });

  if (!setup.data) {
    return (
      <Stack gap="md" align="flex-start">
        {setup.error !== null && <ErrorAlert error={setup.error} />}
        <Button onClick={() => setup.mutate()} loading={setup.isPending}>
          {t('mfa.startSetup')}
        </Button>
      </Stack>
    );
  }

  const { secret, otpauthUrl } = setup.data;
  return (
    <Stack gap="lg">
      <Stack gap="sm">
        <Title order={2} size="h3">
          {t('mfa.scanTitle')}
        </Title>
        <Text>{t('mfa.scanText')}</Text>
        <Paper withBorder p="sm" bg="white" w="fit-content">
          <QRCodeSVG value={otpauthUrl} size={176} title={t('mfa.qrLabel')} role="img" />
        </Paper>
        <Text id="totp-secret-label">{t('mfa.manualEntry')}</Text>
        <Code
          block
          data-testid="totp-secret"
          aria-describedby="totp-secret-label"
          style={{ whiteSpace: 'pre-wrap', fontSize: 'var(--mantine-font-size-md)' }}
        >
          {secret.match(/.{1,4}/g)?.join(' ')}
        </Code>
      </Stack>
      <form onSubmit={onSubmit} noValidate aria-busy={enable.isPending}>
        <Stack gap="sm">
          <Title order={2} size="h3">
            {t('mfa.confirmTitle')}
          </Title>
          <FormFailureAlert failure={failure} />
          <TextInput
            {...register('code')}
            label={t('mfa.code')}
            autoComplete="one-time-code"
            inputMode="numeric"
            maw={240}
            required
            error={errors.code?.message}
          />
          <Button type="submit" loading={enable.isPending} style={{ alignSelf: 'flex-start' }}>
            {t('mfa.confirmSetup')}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
