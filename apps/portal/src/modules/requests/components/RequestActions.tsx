import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RequestAction, ServiceRequest } from '@bgb/contracts';
import { isApiError } from '../../../api/api-error';
import { describeError } from '../../../components/describe-error';
import { useTransitionRequest } from '../hooks/use-transition-request';
import { TransitionDialog } from './TransitionDialog';

/** Steps taken at once: nothing to explain and nothing lost if it was a mistake. */
const IMMEDIATE: readonly RequestAction[] = ['start_triage'];

type Outcome =
  { kind: 'done'; status: ServiceRequest['status'] } | { kind: 'failed'; error: unknown } | null;

/** One button per step the API says the user may take now. */
export function RequestActions({ request }: { request: ServiceRequest }) {
  const { t } = useTranslation();
  const transition = useTransitionRequest(request);
  const [dialogAction, setDialogAction] = useState<RequestAction | null>(null);
  const [dialogError, setDialogError] = useState<unknown>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);

  const run = (action: RequestAction, comment?: string) => {
    setOutcome(null);
    setDialogError(null);
    transition.mutate(
      { action, comment },
      {
        onSuccess: (updated) => {
          setDialogAction(null);
          setOutcome({ kind: 'done', status: updated.status });
        },
        onError: (error) => {
          // A conflict or a refusal is about the request, not the comment: show it on the page.
          if (
            isApiError(error) &&
            (error.status === 409 || error.status === 403 || error.status === 404)
          ) {
            setDialogAction(null);
            setOutcome({ kind: 'failed', error });
          } else if (dialogAction !== null) {
            setDialogError(error);
          } else {
            setOutcome({ kind: 'failed', error });
          }
        },
      },
    );
  };

  const open = (action: RequestAction) => {
    if (IMMEDIATE.includes(action)) {
      run(action);
      return;
    }
    setOutcome(null);
    setDialogError(null);
    setDialogAction(action);
  };

  return (
    <Stack component="section" aria-labelledby="request-actions-heading" gap="sm">
      <Title order={2} id="request-actions-heading">
        {t('transition.heading')}
      </Title>
      <div role="status">
        {outcome?.kind === 'done' && (
          <Alert color="teal" variant="light">
            {t('transition.done', { status: t(`status.${outcome.status}`) })}
          </Alert>
        )}
      </div>
      {outcome?.kind === 'failed' && (
        <Alert role="alert" color="red" variant="light" title={t('errors.title')}>
          {describeError(outcome.error, t)}
        </Alert>
      )}
      {request.allowedActions.length === 0 ? (
        <Text>{t('transition.none')}</Text>
      ) : (
        <Group gap="sm">
          {request.allowedActions.map((action) => (
            <Button
              key={action}
              variant={action === 'withdraw' || action === 'reject' ? 'default' : 'filled'}
              loading={
                transition.isPending &&
                transition.variables?.action === action &&
                dialogAction === null
              }
              disabled={transition.isPending}
              onClick={() => open(action)}
            >
              {t(`actions.${action}`)}
            </Button>
          ))}
        </Group>
      )}
      <TransitionDialog
        action={dialogAction}
        reference={request.reference}
        pending={transition.isPending}
        error={dialogError}
        onConfirm={(comment) => dialogAction && run(dialogAction, comment)}
        onClose={() => {
          setDialogAction(null);
          setDialogError(null);
        }}
      />
    </Stack>
  );
}
