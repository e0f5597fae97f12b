import { Modal, type ModalProps, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FormFailureAlert } from '../forms/use-form-failure';
import { DialogButtons } from './DialogButtons';

interface ConfirmDialogProps {
  opened: boolean;
  title: string;
  /** What confirming will do, said plainly (e.g. that it cannot be undone). */
  text: string;
  confirmLabel: string;
  danger?: boolean;
  pending: boolean;
  /** Why the last try failed, shown in the dialog; null when it did not. */
  error: unknown;
  onConfirm: () => void;
  onClose: () => void;
  size?: ModalProps['size'];
}

/** Asks before a step that needs no input but should not happen by a slip of the hand. */
export function ConfirmDialog({
  opened,
  title,
  text,
  confirmLabel,
  danger,
  pending,
  error,
  onConfirm,
  onClose,
  size,
}: ConfirmDialogProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={title}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      size={size}
    >
      {opened && (
        <Stack gap="md">
          <FormFailureAlert failure={error} />
          <Text>{text}</Text>
          <DialogButtons
            confirmLabel={confirmLabel}
            onConfirm={onConfirm}
            onCancel={onClose}
            pending={pending}
            danger={danger}
          />
        </Stack>
      )}
    </Modal>
  );
}
