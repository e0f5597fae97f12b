import { Button, Stack, Text, Title } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ChangePasswordBody, PASSWORD_MIN_LENGTH } from '@bgb/contracts';
import { formResolver } from '../../../components/forms/form-resolver';
import { FormFailureAlert, useFormFailure } from '../../../components/forms/use-form-failure';
import { i18n } from '../../../i18n/i18n';
import { PasswordField } from '../../auth/components/PasswordField';
import { useChangePassword } from '../hooks/use-change-password';

const FIELDS = ['currentPassword', 'newPassword'] as const;

/** The new password typed twice, so that a typo does not lock the person out. */
const ChangePasswordValues = ChangePasswordBody.extend({ repeat: z.string() }).refine(
  (values) => values.newPassword === values.repeat,
  { path: ['repeat'], error: () => i18n.t('resetPassword.mismatch') },
);

const EMPTY = { currentPassword: '', newPassword: '', repeat: '' };

export function ChangePasswordForm() {
  const { t } = useTranslation();
  const change = useChangePassword();
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors },
  } = useForm({ resolver: formResolver(ChangePasswordValues), defaultValues: EMPTY });
  const { failure, clear, onError } = useFormFailure(setError, FIELDS);

  const onSubmit = handleSubmit(({ currentPassword, newPassword }) => {
    clear();
    change.reset();
    change.mutate({ currentPassword, newPassword }, { onSuccess: () => reset(EMPTY), onError });
  });

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-busy={change.isPending}
      aria-labelledby="password-heading"
    >
      <Stack gap="md">
        <Title order={2} size="h3" id="password-heading">
          {t('account.password.title')}
        </Title>
        <Text size="sm">{t('account.password.intro')}</Text>
        <FormFailureAlert failure={failure} />
        <PasswordField
          {...register('currentPassword')}
          label={t('account.password.current')}
          autoComplete="current-password"
          required
          error={errors.currentPassword?.message}
        />
        <PasswordField
          {...register('newPassword')}
          label={t('account.password.new')}
          description={t('auth.passwordHelp', { count: PASSWORD_MIN_LENGTH })}
          autoComplete="new-password"
          required
          error={errors.newPassword?.message}
        />
        <PasswordField
          {...register('repeat')}
          label={t('account.password.repeat')}
          autoComplete="new-password"
          required
          error={errors.repeat?.message}
        />
        <Button type="submit" loading={change.isPending} style={{ alignSelf: 'flex-start' }}>
          {t('account.password.submit')}
        </Button>
        <div role="status">
          {change.isSuccess && <Text fw={600}>{t('account.password.changed')}</Text>}
        </div>
      </Stack>
    </form>
  );
}
