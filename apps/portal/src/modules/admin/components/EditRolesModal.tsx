import { Alert, Modal, Stack, Text } from '@mantine/core';
import { useForm, useWatch, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ROLES, SetUserRolesBody, type AdminUser } from '@bgb/contracts';
import { DialogButtons } from '../../../components/dialogs/DialogButtons';
import { biobankOptions, CheckboxGroupField } from '../../../components/forms/CheckboxGroupField';
import { formResolver } from '../../../components/forms/form-resolver';
import { FormFailureAlert, useFormFailure } from '../../../components/forms/use-form-failure';
import { LoadingState } from '../../../components/LoadingState';
import { useLocalizedText } from '../../../components/use-locale';
import { i18n } from '../../../i18n/i18n';
import { useListBiobanks } from '../../catalogue/hooks/use-list-biobanks';
import { useSetUserRoles } from '../hooks/use-set-user-roles';

const FIELDS = ['roles', 'biobankCodes'] as const;

type RolesForm = SetUserRolesBody;

/** What is sent: the ticked biobanks count only while "coordinator" is ticked too. */
function toBody(values: RolesForm): RolesForm {
  return {
    roles: values.roles,
    biobankCodes: values.roles.includes('coordinator') ? values.biobankCodes : [],
  };
}

const validateBody = formResolver(SetUserRolesBody);

/**
 * The contract's rules applied to what will be sent. Ticking boxes can break only one
 * biobank rule — a coordinator without a biobank — so that is what its error says.
 */
const resolver: Resolver<RolesForm, unknown, RolesForm> = async (values, context, options) => {
  const result = await validateBody(toBody(values), context, options);
  const biobankError = result.errors.biobankCodes;
  if (!biobankError) return result;
  return {
    values: {},
    errors: {
      ...result.errors,
      biobankCodes: { ...biobankError, message: i18n.t('adminUsers.form.biobanksRequired') },
    },
  };
};

interface EditRolesModalProps {
  /** The user whose roles are edited; null while the dialog is closed. */
  user: AdminUser | null;
  onClose: () => void;
  onSaved: (user: AdminUser) => void;
}

export function EditRolesModal({ user, onClose, onSaved }: EditRolesModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={user !== null}
      onClose={onClose}
      title={user ? t('adminUsers.editRolesFor', { name: user.name }) : ''}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      size="lg"
    >
      {user && <RolesFormFields key={user.id} user={user} onCancel={onClose} onSaved={onSaved} />}
    </Modal>
  );
}

interface RolesFormFieldsProps {
  user: AdminUser;
  onCancel: () => void;
  onSaved: (user: AdminUser) => void;
}

function RolesFormFields({ user, onCancel, onSaved }: RolesFormFieldsProps) {
  const { t } = useTranslation();
  const localized = useLocalizedText();
  const biobanks = useListBiobanks();
  const setRoles = useSetUserRoles();
  const {
    control,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<RolesForm, unknown, RolesForm>({
    resolver,
    defaultValues: { roles: user.roles, biobankCodes: user.biobankCodes },
  });
  const { failure, clear, onError } = useFormFailure(setError, FIELDS);
  const coordinator = (useWatch({ control, name: 'roles' }) ?? []).includes('coordinator');

  const onSubmit = handleSubmit((body) => {
    clear();
    setRoles.mutate({ id: user.id, body }, { onSuccess: (saved) => onSaved(saved), onError });
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-busy={setRoles.isPending}>
      <Stack gap="lg">
        <FormFailureAlert failure={failure} />
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
            error={errors.biobankCodes?.message}
            options={biobankOptions(biobanks.data ?? [], localized)}
            placeholder={
              biobanks.error && !biobanks.data ? (
                <Alert role="alert" color="red" variant="light" mt="xs">
                  {t('adminUsers.form.biobanksError')}
                </Alert>
              ) : !biobanks.data ? (
                <LoadingState />
              ) : undefined
            }
          />
        )}
        {!coordinator && user.biobankCodes.length > 0 && (
          <Text size="sm" c="gray.7">
            {t('adminUsers.form.biobanksDropped')}
          </Text>
        )}
        <DialogButtons
          confirmLabel={t('adminUsers.form.save')}
          onCancel={onCancel}
          pending={setRoles.isPending}
        />
      </Stack>
    </form>
  );
}
