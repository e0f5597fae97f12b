import { TextInput } from '@mantine/core';
import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { PASSWORD_MIN_LENGTH } from '@bgb/contracts';
import { PasswordField } from './PasswordField';

/**
 * What an account's holder gives about themselves, whether they register, accept an invitation
 * or edit their profile. The fields below are used inside that form's react-hook-form
 * `FormProvider`, one component each because the forms put the e-mail address in different places.
 */
interface AccountValues {
  name: string;
  institution: string;
  password: string;
}

/** A field's registration with the form, its error and the mark that it is required. */
function useAccountField(name: keyof AccountValues) {
  const {
    register,
    formState: { errors },
  } = useFormContext<AccountValues>();
  return { ...register(name), required: true, error: errors[name]?.message };
}

export function NameField() {
  const { t } = useTranslation();
  return <TextInput {...useAccountField('name')} label={t('auth.name')} autoComplete="name" />;
}

export function InstitutionField() {
  const { t } = useTranslation();
  return (
    <TextInput
      {...useAccountField('institution')}
      label={t('auth.institution')}
      description={t('auth.institutionHelp')}
      autoComplete="organization"
    />
  );
}

export function NewPasswordField() {
  const { t } = useTranslation();
  return (
    <PasswordField
      {...useAccountField('password')}
      label={t('auth.password')}
      description={t('auth.passwordHelp', { count: PASSWORD_MIN_LENGTH })}
      autoComplete="new-password"
    />
  );
}
