import { Button, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { type CurrentUser, UpdateProfileBody } from '@bgb/contracts';
import { formResolver } from '../../../components/forms/form-resolver';
import { FormFailureAlert, useFormFailure } from '../../../components/forms/use-form-failure';
import { InstitutionField, NameField } from '../../auth/components/AccountFields';
import { useUpdateProfile } from '../hooks/use-update-profile';

const FIELDS = ['name', 'institution', 'email'] as const;

const valuesOf = (user: CurrentUser) => ({
  name: user.name,
  institution: user.institution,
  email: user.email,
});

/** What happened last: saved, or a new address that still has to be confirmed from its mailbox. */
type Outcome = { kind: 'saved' } | { kind: 'confirmNewEmail'; newEmail: string; email: string };

export function ProfileForm({ user }: { user: CurrentUser }) {
  const { t } = useTranslation();
  const update = useUpdateProfile();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const form = useForm({
    resolver: formResolver(UpdateProfileBody),
    defaultValues: valuesOf(user),
  });
  const { failure, clear, onError } = useFormFailure(form.setError, FIELDS);

  const onSubmit = form.handleSubmit((values) => {
    clear();
    setOutcome(null);
    update.mutate(values, {
      onSuccess: (updated) => {
        // The account keeps its address until the new one is confirmed: the field shows that.
        form.reset(valuesOf(updated));
        setOutcome(
          values.email && values.email !== updated.email
            ? { kind: 'confirmNewEmail', newEmail: values.email, email: updated.email }
            : { kind: 'saved' },
        );
      },
      onError,
    });
  });

  return (
    <FormProvider {...form}>
      <form
        onSubmit={onSubmit}
        noValidate
        aria-busy={update.isPending}
        aria-labelledby="profile-heading"
      >
        <Stack gap="md">
          <Title order={2} size="h3" id="profile-heading">
            {t('account.profile.title')}
          </Title>
          <FormFailureAlert failure={failure} />
          <NameField />
          <InstitutionField />
          <TextInput
            {...form.register('email')}
            type="email"
            label={t('auth.email')}
            description={t('account.profile.emailHelp')}
            autoComplete="email"
            required
            error={form.formState.errors.email?.message}
          />
          <Button type="submit" loading={update.isPending} style={{ alignSelf: 'flex-start' }}>
            {t('account.profile.submit')}
          </Button>
          <div role="status">
            {outcome && (
              <Text fw={600}>
                {outcome.kind === 'saved'
                  ? t('account.profile.saved')
                  : t('account.profile.confirmNewEmail', {
                      newEmail: outcome.newEmail,
                      email: outcome.email,
                    })}
              </Text>
            )}
          </div>
        </Stack>
      </form>
    </FormProvider>
  );
}
