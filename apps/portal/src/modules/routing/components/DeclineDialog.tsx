import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { RoutingTransitionBody } from '@bgb/contracts';
import { formResolver } from '../../../components/forms/form-resolver';
import { FormFailureAlert } from '../../../components/forms/use-form-failure';

/** The contract's comment, required: a biobank never declines without saying why. */
const DeclineForm = z.object({ comment: RoutingTransitionBody.shape.comment.unwrap().min(1) });

interface DeclineDialogProps {
  biobankCode: string | null;
  pending: boolean;
  error: unknown;
  onConfirm: (reason: string) => void;
  onClose: () => void;
}

export function DeclineDialog({
  biobankCode,
  pending,
  error,
  onConfirm,
  onClose,
}: DeclineDialogProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={biobankCode !== null}
      onClose={onClose}
      title={biobankCode ? t('routings.declineTitle', { biobank: biobankCode }) : ''}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      size="lg"
    >
      {biobankCode && (
        <ReasonStep pending={pending} error={error} onConfirm={onConfirm} onClose={onClose} />
      )}
    </Modal>
  );
}

function ReasonStep({
  pending,
  error,
  onConfirm,
  onClose,
}: Omit<DeclineDialogProps, 'biobankCode'>) {
  const { t } = useTranslation();
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm({ resolver: formResolver(DeclineForm), defaultValues: { comment: '' } });

  return (
    <form noValidate onSubmit={handleSubmit(({ comment }) => onConfirm(comment))}>
      <Stack gap="md">
        <FormFailureAlert failure={error} />
        <Textarea
          {...register('comment')}
          label={t('routings.declineLabel')}
          description={t('routings.declineHelp')}
          autosize
          minRows={4}
          required
          data-autofocus
          error={errors.comment?.message}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" color="red.9" loading={pending}>
            {t('routingActions.decline')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
