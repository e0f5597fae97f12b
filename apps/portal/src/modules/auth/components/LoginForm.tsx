import { Alert, Button, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { LoginBody } from '@bgb/contracts';
import { applyServerErrors } from '../../../components/forms/apply-server-errors';
import { formResolver } from '../../../components/forms/form-resolver';
import { describeError } from '../../../components/describe-error';
import { useLogin } from '../hooks/use-login';
import { PasswordField } from './PasswordField';

const FIELDS = ['email', 'password'] as const;

export function LoginForm() {
  const { t } = useTranslation();
  const login = useLogin();
  const [failure, setFailure] = useState<unknown>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm({ resolver: formResolver(LoginBody), defaultValues: { email: '', password: '' } });

  const onSubmit = handleSubmit((values) => {
    setFailure(null);
    login.mutate(values, {
      onError: (error) => {
        if (!applyServerErrors(error, setError, FIELDS, t)) setFailure(error);
      },
    });
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-busy={login.isPending}>
      <Stack gap="md">
        {failure !== null && (
          <Alert role="alert" color="red" variant="light" title={t('errors.title')}>
            {describeError(failure, t)}
          </Alert>
        )}
        <TextInput
          {...register('email')}
          type="email"
          label={t('auth.email')}
          autoComplete="username"
          required
          error={errors.email?.message}
        />
        <PasswordField
          {...register('password')}
          label={t('auth.password')}
          autoComplete="current-password"
          required
          error={errors.password?.message}
        />
        <Button type="submit" loading={login.isPending} style={{ alignSelf: 'flex-start' }}>
          {t('auth.submitLogin')}
        </Button>
      </Stack>
    </form>
  );
}
