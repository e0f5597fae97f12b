import { Anchor, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { MfaCodeBody } from '@bgb/contracts';
import { FormFailureAlert, useFormFailure } from '../../../components/forms/use-form-failure';
import { formResolver } from '../../../components/forms/form-resolver';
import { useVerifySecondFactor } from '../hooks/use-verify-second-factor';

const FIELDS = ['code'] as const;

interface SecondFactorFormProps {
  /** Back to e-mail and password, e.g. after waiting too long. */
  onStartOver: () => void;
}

/** The login's second step: the code the authenticator app shows, or a recovery code. */
export function SecondFactorForm({ onStartOver }: SecondFactorFormProps) {
  const { t } = useTranslation();
  const verify = useVerifySecondFactor();
  const [recovery, setRecovery] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    setFocus,
    formState: { errors },
  } = useForm({ resolver: formResolver(MfaCodeBody), defaultValues: { code: '' } });
  const { failure, clear, onError } = useFormFailure(setError, FIELDS);

  // The form replaces the password form: the cursor goes where the code is typed.
  useEffect(() => setFocus('code'), [setFocus]);

  const onSubmit = handleSubmit((values) => {
    clear();
    verify.mutate(values, { onError });
  });

  const switchKind = () => {
    clear();
    reset({ code: '' });
    setRecovery(!recovery);
    setTimeout(() => setFocus('code'));
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-busy={verify.isPending}>
      <Stack gap="md">
        <Text>{recovery ? t('mfa.recoveryIntro') : t('mfa.loginIntro')}</Text>
        <FormFailureAlert failure={failure} />
        <TextInput
          {...register('code')}
          label={recovery ? t('mfa.recoveryCode') : t('mfa.code')}
          autoComplete="one-time-code"
          inputMode={recovery ? 'text' : 'numeric'}
          required
          error={errors.code?.message}
        />
        <Group justify="space-between" wrap="wrap">
          <Button type="submit" loading={verify.isPending}>
            {t('mfa.submitVerify')}
          </Button>
          <Anchor component="button" type="button" onClick={switchKind}>
            {recovery ? t('mfa.useAppCode') : t('mfa.useRecoveryCode')}
          </Anchor>
        </Group>
        <Anchor
          component="button"
          type="button"
          onClick={onStartOver}
          style={{ alignSelf: 'flex-start' }}
        >
          {t('mfa.startOver')}
        </Anchor>
      </Stack>
    </form>
  );
}
