import { Modal, Stack, Textarea } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { formResolver } from '../forms/form-resolver';
import { FormFailureAlert } from '../forms/use-form-failure';
import { DialogButtons } from './DialogButtons';

interface CommentDialogProps {
  opened: boolean;
  title: string;
  /** The comment field's label and help text. */
  label: string;
  description: string;
  /** The contract's rule for the comment; the dialog makes it required. */
  rule: z.ZodString;
  confirmLabel: string;
  danger?: boolean;
  pending: boolean;
  /** Why the last try failed, shown above the comment; null when it did not. */
  error: unknown;
  onConfirm: (comment: string) => void;
  onClose: () => void;
}

/** Asks for the comment a step needs (a reason, a question) before taking it. */
export function CommentDialog({ opened, title, onClose, ...form }: CommentDialogProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={title}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      size="lg"
    >
      {/* Mounted while open only: every opening starts with an empty comment. */}
      {opened && <CommentForm {...form} onClose={onClose} />}
    </Modal>
  );
}

function CommentForm({
  label,
  description,
  rule,
  confirmLabel,
  danger,
  pending,
  error,
  onConfirm,
  onClose,
}: Omit<CommentDialogProps, 'opened' | 'title'>) {
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm({
    resolver: formResolver(z.object({ comment: rule.min(1) })),
    defaultValues: { comment: '' },
  });

  return (
    <form noValidate onSubmit={handleSubmit(({ comment }) => onConfirm(comment))}>
      <Stack gap="md">
        <FormFailureAlert failure={error} />
        <Textarea
          {...register('comment')}
          label={label}
          description={description}
          autosize
          minRows={4}
          required
          data-autofocus
          error={errors.comment?.message}
        />
        <DialogButtons
          confirmLabel={confirmLabel}
          onCancel={onClose}
          pending={pending}
          danger={danger}
        />
      </Stack>
    </form>
  );
}
