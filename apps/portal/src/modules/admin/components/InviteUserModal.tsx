import { Modal, Select, Stack, TextInput } from '@mantine/core';
import { Controller, FormProvider, useForm, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { type Invitation, InviteUserBody, LOCALES } from '@bgb/contracts';
import { DialogButtons } from '../../../components/dialogs/DialogButtons';
import { formResolver } from '../../../components/forms/form-resolver';
import { FormFailureAlert, useFormFailure } from '../../../components/forms/use-form-failure';
import { useInviteUser } from '../hooks/use-invitations';
import { coordinatedBiobanks, RoleFields } from './RoleFields';

const FIELDS = ['email', 'name', 'roles', 'biobankCodes', 'locale'] as const;

interface InviteForm {
  email: string;
  name: string;
  roles: InviteUserBody['roles'];
  biobankCodes: string[];
  locale: 'da' | 'en';
}

/** What is sent: no empty name, and biobanks only while "coordinator" is ticked. */
function toBody(values: InviteForm): InviteUserBody {
  return {
    email: values.email,
    name: values.name.trim() || undefined,
    roles: values.roles,
    biobankCodes: coordinatedBiobanks(values),
    locale: values.locale,
  };
}

const validateBody = formResolver(InviteUserBody);
const resolver: Resolver<InviteForm> = async (values, context, options) => {
  // The options name the form's fields, which the body shares; only their values differ.
  const result = await validateBody(
    toBody(values),
    context,
    options as unknown as Parameters<typeof validateBody>[2],
  );
  return result.errors && Object.keys(result.errors).length > 0
    ? { values: {}, errors: result.errors }
    : { values, errors: {} };
};

interface InviteUserModalProps {
  opened: boolean;
  onClose: () => void;
  onInvited: (invitation: Invitation) => void;
}

export function InviteUserModal({ opened, onClose, onInvited }: InviteUserModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('invitations.inviteTitle')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      size="lg"
    >
      {opened && <InviteFormFields onCancel={onClose} onInvited={onInvited} />}
    </Modal>
  );
}

function InviteFormFields({
  onCancel,
  onInvited,
}: {
  onCancel: () => void;
  onInvited: (invitation: Invitation) => void;
}) {
  const { t } = useTranslation();
  const invite = useInviteUser();
  const form = useForm<InviteForm>({
    resolver,
    defaultValues: { email: '', name: '', roles: [], biobankCodes: [], locale: 'da' },
  });
  const {
    control,
    register,
    setError,
    formState: { errors },
  } = form;
  const { failure, clear, onError } = useFormFailure(setError, FIELDS);

  const onSubmit = form.handleSubmit((values) => {
    clear();
    invite.mutate(toBody(values), { onSuccess: onInvited, onError });
  });

  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate aria-busy={invite.isPending}>
        <Stack gap="lg">
          <FormFailureAlert failure={failure} />
          <TextInput
            {...register('email')}
            type="email"
            label={t('invitations.email')}
            autoComplete="off"
            required
            error={errors.email?.message}
          />
          <TextInput
            {...register('name')}
            label={t('invitations.name')}
            description={t('invitations.nameHelp')}
            autoComplete="off"
            error={errors.name?.message}
          />
          <RoleFields />
          <Controller
            control={control}
            name="locale"
            render={({ field }) => (
              <Select
                label={t('invitations.locale')}
                description={t('invitations.localeHelp')}
                data={LOCALES.map((locale) => ({
                  value: locale,
                  label: t(`mailTemplates.languages.${locale}`),
                }))}
                value={field.value}
                onChange={(value) => field.onChange(value ?? 'da')}
                allowDeselect={false}
                maw={240}
              />
            )}
          />
          <DialogButtons
            confirmLabel={t('invitations.send')}
            onCancel={onCancel}
            pending={invite.isPending}
          />
        </Stack>
      </form>
    </FormProvider>
  );
}
