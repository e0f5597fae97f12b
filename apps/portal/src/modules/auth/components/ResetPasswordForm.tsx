import { Alert, Anchor, Button, Stack, Text } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { z } from 'zod';
import { NewPassword, PASSWORD_MIN_LENGTH } from '@bgb/contracts';
import { isApiError } from '../../../api/api-error';
import { formResolver } from '../../../components/forms/form-resolver';
import { FormFailureAlert, useFormFailure } from '../../../components/forms/use-form-failure';
import { i18n } from '../../../i18n/i18n';
import { useConfirmPasswordReset } from '../hooks/use-password-reset';
import { PasswordField } from './PasswordField';

const FIELDS = ['password'] as const;

/** The new password typed twice, so that a typo does not lock the person out again. */
const ResetPasswordValues = z
  .object({ password: NewPassword, repeat: z.string() })
  .refine((values) => values.password === values.repeat, {
    path: ['repeat'],
    error: () => i18n.t('resetPassword.mismatch'),
  });

interface ResetPasswordFormProps {
  token: string;
  onDone: () => void;
}

export function ResetPasswordForm({ token, onDone }: ResetPasswordFormProps) {
  const { t } = useTranslation();
  const confirm = useConfirmPasswordReset();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm({
    resolver: formResolver(ResetPasswordValues),
    defaultValues: { password: '', repeat: '' },
  });
  const { failure, clear, onError } = useFormFailure(setError, FIELDS);

  const onSubmit = handleSubmit(({ password }) => {
    clear();
    confirm.mutate({ token, password }, { onSuccess: onDone, onError });
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-busy={confirm.isPending}>
      <Stack gap="md">
        {isApiError(failure, 'INVALID_TOKEN') ? (
          <Alert role="alert" color="red" variant="light" title={t('resetPassword.invalidTitle')}>
            <Text size="sm">{t('resetPassword.invalid')}</Text>
            <Anchor component={Link} to="/forgot-password" size="sm">
              {t('resetPassword.askAgain')}
            </Anchor>
          </Alert>
        ) : (
          <FormFailureAlert failure={failure} />
        )}
        <PasswordField
          {...register('password')}
          label={t('resetPassword.password')}
          description={t('auth.passwordHelp', { count: PASSWORD_MIN_LENGTH })}
          autoComplete="new-password"
          required
          error={errors.password?.message}
        />
        <PasswordField
          {...register('repeat')}
          label={t('resetPassword.repeat')}
          autoComplete="new-password"
          required
          error={errors.repeat?.message}
        />
        <Button type="submit" loading={confirm.isPending} style={{ alignSelf: 'flex-start' }}>
          {t('resetPassword.submit')}
        </Button>
      </Stack>
    </form>
  );
}
