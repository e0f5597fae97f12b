import { Button, Stack, TextInput } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { AcceptInvitationBody, PASSWORD_MIN_LENGTH } from '@bgb/contracts';
import { formResolver } from '../../../components/forms/form-resolver';
import { FormFailureAlert, useFormFailure } from '../../../components/forms/use-form-failure';
import { useAcceptInvitation } from '../hooks/use-accept-invitation';
import { PasswordField } from './PasswordField';

const FIELDS = ['name', 'institution', 'password'] as const;

/** The invitee chooses their name, institution and password; the address and roles are given. */
export function AcceptInvitationForm({ token, name }: { token: string; name: string | null }) {
  const { t } = useTranslation();
  const accept = useAcceptInvitation();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm({
    resolver: formResolver(AcceptInvitationBody),
    defaultValues: { token, name: name ?? '', institution: '', password: '' },
  });
  const { failure, clear, onError } = useFormFailure(setError, FIELDS);

  const onSubmit = handleSubmit((values) => {
    clear();
    accept.mutate(values, { onError });
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-busy={accept.isPending}>
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
          {...register('institution')}
          label={t('auth.institution')}
          description={t('auth.institutionHelp')}
          autoComplete="organization"
          required
          error={errors.institution?.message}
        />
        <PasswordField
          {...register('password')}
          label={t('auth.password')}
          description={t('auth.passwordHelp', { count: PASSWORD_MIN_LENGTH })}
          autoComplete="new-password"
          required
          error={errors.password?.message}
        />
        <Button type="submit" loading={accept.isPending} style={{ alignSelf: 'flex-start' }}>
          {t('acceptInvitation.submit')}
        </Button>
      </Stack>
    </form>
  );
}
