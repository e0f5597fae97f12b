import { Button, Stack, TextInput } from '@mantine/core';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { RegisterBody } from '@bgb/contracts';
import { FormFailureAlert, useFormFailure } from '../../../components/forms/use-form-failure';
import { formResolver } from '../../../components/forms/form-resolver';
import { useLocale } from '../../../components/use-locale';
import { useRegister } from '../hooks/use-register';
import { InstitutionField, NameField, NewPasswordField } from './AccountFields';

const FIELDS = ['name', 'email', 'password', 'institution'] as const;

export function RegisterForm() {
  const { t } = useTranslation();
  const locale = useLocale();
  const registration = useRegister();
  const form = useForm({
    resolver: formResolver(RegisterBody),
    defaultValues: { name: '', email: '', password: '', institution: '' },
  });
  const { failure, clear, onError } = useFormFailure(form.setError, FIELDS);

  const onSubmit = form.handleSubmit((values) => {
    clear();
    registration.mutate({ ...values, locale }, { onError });
  });

  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate aria-busy={registration.isPending}>
        <Stack gap="md">
          <FormFailureAlert failure={failure} />
          <NameField />
          <TextInput
            {...form.register('email')}
            type="email"
            label={t('auth.email')}
            autoComplete="email"
            required
            error={form.formState.errors.email?.message}
          />
          <NewPasswordField />
          <InstitutionField />
          <Button
            type="submit"
            loading={registration.isPending}
            style={{ alignSelf: 'flex-start' }}
          >
            {t('auth.submitRegister')}
          </Button>
        </Stack>
      </form>
    </FormProvider>
  );
}
