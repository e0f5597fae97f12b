import { useTranslation } from 'react-i18next';
import { TransitionBody, type RequestAction } from '@bgb/contracts';
import { REQUEST_ACTION_RULES } from '@bgb/domain';
import { CommentDialog } from '../../../components/dialogs/CommentDialog';
import { ConfirmDialog } from '../../../components/dialogs/ConfirmDialog';

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
  const commentRequired = action !== null && REQUEST_ACTION_RULES[action].commentRequired;
  const shared = {
    title: action ? t(`actions.${action}`) : '',
    confirmLabel: action ? t(`actions.${action}`) : '',
    danger: action === 'withdraw' || action === 'reject',
    pending,
    error,
    onClose,
  };
  return (
    <>
      <CommentDialog
        {...shared}
        opened={commentRequired}
        label={commentRequired ? t(`transition.commentLabel.${action}`) : ''}
        description={commentRequired ? t(`transition.commentHelp.${action}`) : ''}
        rule={TransitionBody.shape.comment.unwrap()}
        onConfirm={onConfirm}
      />
      <ConfirmDialog
        {...shared}
        opened={action !== null && !commentRequired}
        text={action ? t(`transition.confirmText.${action}`, { reference }) : ''}
        onConfirm={() => onConfirm()}
        size="lg"
      />
    </>
  );
}
