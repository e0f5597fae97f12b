import { Button, Stack, TextInput } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { LoginBody } from '@bgb/contracts';
import { FormFailureAlert, useFormFailure } from '../../../components/forms/use-form-failure';
import { formResolver } from '../../../components/forms/form-resolver';
import { useLogin } from '../hooks/use-login';
import { PasswordField } from './PasswordField';

const FIELDS = ['email', 'password'] as const;

interface LoginFormProps {
  /** The password was right and the account has a second factor: ask for the code next. */
  onSecondFactor: () => void;
}

export function LoginForm({ onSecondFactor }: LoginFormProps) {
  const { t } = useTranslation();
  const login = useLogin();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm({ resolver: formResolver(LoginBody), defaultValues: { email: '', password: '' } });
  const { failure, clear, onError } = useFormFailure(setError, FIELDS);

  const onSubmit = handleSubmit((values) => {
    clear();
    login.mutate(values, {
      onSuccess: ({ mfaRequired }) => {
        if (mfaRequired) onSecondFactor();
      },
      onError,
    });
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-busy={login.isPending}>
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
