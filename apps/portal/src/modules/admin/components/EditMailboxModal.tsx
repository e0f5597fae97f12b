import { Modal, Stack, TextInput } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { type AdminBiobank, UpdateBiobankBody } from '@bgb/contracts';
import { DialogButtons } from '../../../components/dialogs/DialogButtons';
import { formResolver } from '../../../components/forms/form-resolver';
import { FormFailureAlert, useFormFailure } from '../../../components/forms/use-form-failure';
import { useLocalizedText } from '../../../components/use-locale';
import { useUpdateBiobank } from '../hooks/use-admin-biobanks';

const FIELDS = ['sharedMailbox'] as const;
const resolver = formResolver(UpdateBiobankBody);

interface EditMailboxModalProps {
  /** The biobank whose mailbox is edited; null while the dialog is closed. */
  biobank: AdminBiobank | null;
  onClose: () => void;
  onSaved: (biobank: AdminBiobank) => void;
}

export function EditMailboxModal({ biobank, onClose, onSaved }: EditMailboxModalProps) {
  const { t } = useTranslation();
  const localized = useLocalizedText();
  return (
    <Modal
      opened={biobank !== null}
      onClose={onClose}
      title={biobank ? t('adminBiobanks.editTitle', { name: localized(biobank.name) }) : ''}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {biobank && (
        <MailboxForm key={biobank.code} biobank={biobank} onCancel={onClose} onSaved={onSaved} />
      )}
    </Modal>
  );
}

function MailboxForm({
  biobank,
  onCancel,
  onSaved,
}: {
  biobank: AdminBiobank;
  onCancel: () => void;
  onSaved: (biobank: AdminBiobank) => void;
}) {
  const { t } = useTranslation();
  const update = useUpdateBiobank();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm({ resolver, defaultValues: { sharedMailbox: biobank.sharedMailbox ?? '' } });
  const { failure, clear, onError } = useFormFailure(setError, FIELDS);

  const onSubmit = handleSubmit((body) => {
    clear();
    update.mutate({ code: biobank.code, body }, { onSuccess: onSaved, onError });
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-busy={update.isPending}>
      <Stack gap="lg">
        <FormFailureAlert failure={failure} />
        <TextInput
          {...register('sharedMailbox')}
          type="email"
          autoComplete="off"
          label={t('adminBiobanks.form.sharedMailbox')}
          description={t('adminBiobanks.form.sharedMailboxHelp')}
          error={errors.sharedMailbox?.message}
          data-autofocus
        />
        <DialogButtons
          confirmLabel={t('adminBiobanks.form.save')}
          onCancel={onCancel}
          pending={update.isPending}
        />
      </Stack>
    </form>
  );
}
