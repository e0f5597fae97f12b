import { Modal, Stack } from '@mantine/core';
import { FormProvider, useForm, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { SetUserRolesBody, type AdminUser } from '@bgb/contracts';
import { DialogButtons } from '../../../components/dialogs/DialogButtons';
import { formResolver } from '../../../components/forms/form-resolver';
import { FormFailureAlert, useFormFailure } from '../../../components/forms/use-form-failure';
import { useSetUserRoles } from '../hooks/use-set-user-roles';
import { coordinatedBiobanks, RoleFields } from './RoleFields';

const FIELDS = ['roles', 'biobankCodes'] as const;

type RolesForm = SetUserRolesBody;

function toBody(values: RolesForm): RolesForm {
  return { roles: values.roles, biobankCodes: coordinatedBiobanks(values) };
}

const validateBody = formResolver(SetUserRolesBody);

/** The contract's rules applied to what will be sent. */
const resolver: Resolver<RolesForm, unknown, RolesForm> = (values, context, options) =>
  validateBody(toBody(values), context, options);

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
  const setRoles = useSetUserRoles();
  const form = useForm<RolesForm, unknown, RolesForm>({
    resolver,
    defaultValues: { roles: user.roles, biobankCodes: user.biobankCodes },
  });
  const { failure, clear, onError } = useFormFailure(form.setError, FIELDS);

  const onSubmit = form.handleSubmit((body) => {
    clear();
    setRoles.mutate({ id: user.id, body }, { onSuccess: (saved) => onSaved(saved), onError });
  });

  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate aria-busy={setRoles.isPending}>
        <Stack gap="lg">
          <FormFailureAlert failure={failure} />
          <RoleFields hadBiobanks={user.biobankCodes.length > 0} />
          <DialogButtons
            confirmLabel={t('adminUsers.form.save')}
            onCancel={onCancel}
            pending={setRoles.isPending}
          />
        </Stack>
      </form>
    </FormProvider>
  );
}
