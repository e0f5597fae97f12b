import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { TransitionBody, type RequestAction } from '@bgb/contracts';
import { REQUEST_ACTION_RULES } from '@bgb/domain';
import { formResolver } from '../../../components/forms/form-resolver';
import { describeError } from '../../../components/describe-error';

/** The contract's comment rule, made required for the steps the lifecycle says need one. */
const CommentForm = z.object({ comment: TransitionBody.shape.comment.unwrap().min(1) });

interface TransitionDialogProps {
  action: RequestAction | null;
  reference: string;
  pending: boolean;
  error: unknown;
  onConfirm: (comment?: string) => void;
  onClose: () => void;
}

/** Asks for the comment a step needs, or for confirmation of a step that cannot be undone. */
export function TransitionDialog({
  action,
  reference,
  pending,
  error,
  onConfirm,
  onClose,
}: TransitionDialogProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={action !== null}
      onClose={onClose}
      title={action ? t(`actions.${action}`) : ''}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      size="lg"
    >
      {action &&
        (REQUEST_ACTION_RULES[action].commentRequired ? (
          <CommentStep
            action={action}
            pending={pending}
            error={error}
            onConfirm={onConfirm}
            onClose={onClose}
          />
        ) : (
          <Stack gap="md">
            <Text>{t(`transition.confirmText.${action}`, { reference })}</Text>
            {error !== null && <FailureAlert error={error} />}
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button
                color={action === 'withdraw' ? 'red.9' : undefined}
                loading={pending}
                onClick={() => onConfirm()}
              >
                {t(`actions.${action}`)}
              </Button>
            </Group>
          </Stack>
        ))}
    </Modal>
  );
}

function FailureAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  return (
    <Alert role="alert" color="red" variant="light">
      {describeError(error, t)}
    </Alert>
  );
}

interface CommentStepProps {
  action: RequestAction;
  pending: boolean;
  error: unknown;
  onConfirm: (comment: string) => void;
  onClose: () => void;
}

function CommentStep({ action, pending, error, onConfirm, onClose }: CommentStepProps) {
  const { t } = useTranslation();
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm({ resolver: formResolver(CommentForm), defaultValues: { comment: '' } });

  return (
    <form noValidate onSubmit={handleSubmit(({ comment }) => onConfirm(comment))}>
      <Stack gap="md">
        {error !== null && <FailureAlert error={error} />}
        <Textarea
          {...register('comment')}
          label={t(`transition.commentLabel.${action}`)}
          description={t(`transition.commentHelp.${action}`)}
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
          <Button type="submit" color={action === 'reject' ? 'red.9' : undefined} loading={pending}>
            {t(`actions.${action}`)}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
