import { Button, Stack, TextInput } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { PASSWORD_MIN_LENGTH, RegisterBody } from '@bgb/contracts';
import { FormFailureAlert, useFormFailure } from '../../../components/forms/use-form-failure';
import { formResolver } from '../../../components/forms/form-resolver';
import { useLocale } from '../../../components/use-locale';
import { useRegister } from '../hooks/use-register';
import { PasswordField } from './PasswordField';

const FIELDS = ['name', 'email', 'password', 'institution'] as const;

export function RegisterForm() {
  const { t } = useTranslation();
  const locale = useLocale();
  const registration = useRegister();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm({
    resolver: formResolver(RegisterBody),
    defaultValues: { name: '', email: '', password: '', institution: '' },
  });
  const { failure, clear, onError } = useFormFailure(setError, FIELDS);

  const onSubmit = handleSubmit((values) => {
    clear();
    registration.mutate({ ...values, locale }, { onError });
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-busy={registration.isPending}>
      <Stack gap="md">
        <FormFailureAlert failure={failure} />
        <TextInput
          {...register('name')}
          label={t('auth.name')}
          autoComplete="name"
          required
          error={errors.name?.message}
        />
        <TextInput
          {...register('email')}
          type="email"
          label={t('auth.email')}
          autoComplete="email"
          required
          error={errors.email?.message}
        />
        <PasswordField
          {...register('password')}
          label={t('auth.password')}
          description={t('auth.passwordHelp', { count: PASSWORD_MIN_LENGTH })}
          autoComplete="new-password"
          required
          error={errors.password?.message}
        />
        <TextInput
          {...register('institution')}
          label={t('auth.institution')}
          description={t('auth.institutionHelp')}
          autoComplete="organization"
          required
          error={errors.institution?.message}
        />
        <Button type="submit" loading={registration.isPending} style={{ alignSelf: 'flex-start' }}>
          {t('auth.submitRegister')}
        </Button>
      </Stack>
    </form>
  );
}
