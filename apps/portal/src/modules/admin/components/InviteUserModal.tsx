import { Modal, Select, Stack, TextInput } from '@mantine/core';
import { Controller, useForm, useWatch, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { type Invitation, InviteUserBody, LOCALES, ROLES } from '@bgb/contracts';
import { DialogButtons } from '../../../components/dialogs/DialogButtons';
import { biobankOptions, CheckboxGroupField } from '../../../components/forms/CheckboxGroupField';
import { formResolver } from '../../../components/forms/form-resolver';
import { FormFailureAlert, useFormFailure } from '../../../components/forms/use-form-failure';
import { useLocalizedText } from '../../../components/use-locale';
import { useListBiobanks } from '../../catalogue/hooks/use-list-biobanks';
import { useInviteUser } from '../hooks/use-invitations';

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
    biobankCodes: values.roles.includes('coordinator') ? values.biobankCodes : [],
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
  const localized = useLocalizedText();
  const biobanks = useListBiobanks();
  const invite = useInviteUser();
  const {
    control,
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<InviteForm>({
    resolver,
    defaultValues: { email: '', name: '', roles: [], biobankCodes: [], locale: 'da' },
  });
  const { failure, clear, onError } = useFormFailure(setError, FIELDS);
  const coordinator = (useWatch({ control, name: 'roles' }) ?? []).includes('coordinator');

  const onSubmit = handleSubmit((values) => {
    clear();
    invite.mutate(toBody(values), { onSuccess: onInvited, onError });
  });

  return (
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
        <CheckboxGroupField
          control={control}
          name="roles"
          label={t('adminUsers.form.rolesLabel')}
          description={t('adminUsers.form.rolesHelp')}
          error={errors.roles?.message}
          options={ROLES.map((role) => ({
            value: role,
            label: t(`adminUsers.roles.${role}`),
            description: t(`adminUsers.roleHelp.${role}`),
          }))}
        />
        {coordinator && (
          <CheckboxGroupField
            control={control}
            name="biobankCodes"
            label={t('adminUsers.form.biobanksLabel')}
            description={t('adminUsers.form.biobanksHelp')}
            error={errors.biobankCodes?.message && t('adminUsers.form.biobanksRequired')}
            options={biobankOptions(biobanks.data ?? [], localized)}
          />
        )}
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
  );
}
