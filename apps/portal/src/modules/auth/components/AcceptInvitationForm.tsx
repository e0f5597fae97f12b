import { Button, Stack } from '@mantine/core';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { AcceptInvitationBody } from '@bgb/contracts';
import { formResolver } from '../../../components/forms/form-resolver';
import { FormFailureAlert, useFormFailure } from '../../../components/forms/use-form-failure';
import { useAcceptInvitation } from '../hooks/use-accept-invitation';
import { InstitutionField, NameField, NewPasswordField } from './AccountFields';

const FIELDS = ['name', 'institution', 'password'] as const;

/** The invitee chooses their name, institution and password; the address and roles are given. */
export function AcceptInvitationForm({ token, name }: { token: string; name: string | null }) {
  const { t } = useTranslation();
  const accept = useAcceptInvitation();
  const form = useForm({
    resolver: formResolver(AcceptInvitationBody),
    defaultValues: { token, name: name ?? '', institution: '', password: '' },
  });
  const { failure, clear, onError } = useFormFailure(form.setError, FIELDS);

  const onSubmit = form.handleSubmit((values) => {
    clear();
    accept.mutate(values, { onError });
  });

  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate aria-busy={accept.isPending}>
        <Stack gap="md">
          <FormFailureAlert failure={failure} />
          <NameField />
          <InstitutionField />
          <NewPasswordField />
          <Button type="submit" loading={accept.isPending} style={{ alignSelf: 'flex-start' }}>
            {t('acceptInvitation.submit')}
          </Button>
        </Stack>
      </form>
    </FormProvider>
  );
}
