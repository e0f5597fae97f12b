import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface DialogButtonsProps {
  /** The step the dialog takes, in the words of the button that opened it. */
  confirmLabel: string;
  /** Without it, the confirm button submits the dialog's form. */
  onConfirm?: () => void;
  onCancel: () => void;
  pending: boolean;
  /** A step that cannot be undone is marked in the dark red that keeps white text readable. */
  danger?: boolean;
}

/** A dialog's way out and way on: cancel on the left, the step itself on the right. */
export function DialogButtons({
  confirmLabel,
  onConfirm,
  onCancel,
  pending,
  danger,
}: DialogButtonsProps) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel}>
        {t('common.cancel')}
      </Button>
      <Button
        type={onConfirm ? 'button' : 'submit'}
        color={danger ? 'red.9' : undefined}
        loading={pending}
        onClick={onConfirm}
      >
        {confirmLabel}
      </Button>
    </Group>
  );
}
