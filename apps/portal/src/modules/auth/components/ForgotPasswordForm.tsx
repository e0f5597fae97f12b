import { Alert, Button, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { PasswordResetBody } from '@bgb/contracts';
import { formResolver } from '../../../components/forms/form-resolver';
import { FormFailureAlert, useFormFailure } from '../../../components/forms/use-form-failure';
import { useRequestPasswordReset } from '../hooks/use-password-reset';

const FIELDS = ['email'] as const;

/** Asks for a reset link. The confirmation never says whether the address has an account. */
export function ForgotPasswordForm() {
  const { t } = useTranslation();
  const request = useRequestPasswordReset();
  const confirmation = useRef<HTMLDivElement>(null);
  const {
    register,
    handleSubmit,
    setError,
    getValues,
    formState: { errors },
  } = useForm({ resolver: formResolver(PasswordResetBody), defaultValues: { email: '' } });
  const { failure, clear, onError } = useFormFailure(setError, FIELDS);

  // The form is gone: the confirmation takes the focus, so it is read out and found.
  useEffect(() => {
    if (request.isSuccess) confirmation.current?.focus();
  }, [request.isSuccess]);

  if (request.isSuccess) {
    return (
      <Alert ref={confirmation} tabIndex={-1} role="status" color="teal" variant="light">
        {/* A title in the alert's own tint would be too faint on it; bold text reads as one. */}
        <Stack gap={4}>
          <Text fw={700}>{t('forgotPassword.sentTitle')}</Text>
          <Text size="sm">{t('forgotPassword.sent', { email: getValues('email').trim() })}</Text>
        </Stack>
      </Alert>
    );
  }

  const onSubmit = handleSubmit((values) => {
    clear();
    request.mutate(values, { onError });
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-busy={request.isPending}>
      <Stack gap="md">
        <FormFailureAlert failure={failure} />
        <TextInput
          {...register('email')}
          type="email"
          label={t('auth.email')}
          autoComplete="username"
          required
          error={errors.email?.message}
        />
        <Button type="submit" loading={request.isPending} style={{ alignSelf: 'flex-start' }}>
          {t('forgotPassword.submit')}
        </Button>
      </Stack>
    </form>
  );
}
