import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  RoutingTransitionBody,
  type Routing,
  type RoutingAction,
  type ServiceRequest,
} from '@bgb/contracts';
import { isApiError } from '../../../api/api-error';
import { CommentDialog } from '../../../components/dialogs/CommentDialog';
import { FormFailureAlert } from '../../../components/forms/use-form-failure';
import { useGetCatalogueNames } from '../../catalogue/hooks/use-get-catalogue-names';
import { RoutingStatusBadge } from '../../requests/components/RoutingStatusBadge';
import { useTransitionRouting } from '../../requests/hooks/use-transition-routing';

const PRESERVE_TEXT = { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' } as const;

type Outcome = { kind: 'done'; routing: Routing } | { kind: 'failed'; error: unknown } | null;

/**
 * The biobanks a request was routed to, each with its own status; a biobank's coordinators
 * get one button per step the API allows them.
 */
export function RoutingsSection({ request }: { request: ServiceRequest }) {
  const { t } = useTranslation();
  const { biobankName } = useGetCatalogueNames();
  const transition = useTransitionRouting(request);
  const [declining, setDeclining] = useState<string | null>(null);
  const [dialogError, setDialogError] = useState<unknown>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);

  if (request.routings.length === 0) return null;

  const run = (biobankCode: string, action: RoutingAction, comment?: string) => {
    setOutcome(null);
    setDialogError(null);
    transition.mutate(
      { biobankCode, action, comment },
      {
        onSuccess: (updated) => {
          setDeclining(null);
          const routing = updated.routings.find(
            (candidate) => candidate.biobankCode === biobankCode,
          );
          if (routing) setOutcome({ kind: 'done', routing });
        },
        onError: (error) => {
          // Only a problem with the reason belongs in the dialog; anything else is about the request.
          if (declining !== null && isApiError(error) && error.status === 400) {
            setDialogError(error);
          } else {
            setDeclining(null);
            setOutcome({ kind: 'failed', error });
          }
        },
      },
    );
  };

  return (
    <Stack component="section" aria-labelledby="routings-heading" gap="sm">
      <Title order={2} id="routings-heading">
        {t('routings.heading')}
      </Title>
      <div role="status">
        {outcome?.kind === 'done' && (
          <Alert color="teal" variant="light">
            {t('routings.done', {
              biobank: outcome.routing.biobankCode,
              status: t(`routingStatus.${outcome.routing.status}`),
            })}
          </Alert>
        )}
      </div>
      {outcome?.kind === 'failed' && <FormFailureAlert failure={outcome.error} />}
      <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: 'none' }}>
        {request.routings.map((routing) => (
          <Paper
            component="li"
            withBorder
            p="md"
            key={routing.biobankCode}
            data-biobank={routing.biobankCode}
            aria-labelledby={`routing-${routing.biobankCode}`}
          >
            <Stack gap="xs">
              <Group justify="space-between" align="center" gap="xs">
                <Title order={3} size="h4" id={`routing-${routing.biobankCode}`}>
                  {`${biobankName(routing.biobankCode)} (${routing.biobankCode})`}
                </Title>
                <RoutingStatusBadge status={routing.status} />
              </Group>
              {routing.note && (
                <div>
                  <Text fw={600} size="sm">
                    {t('routings.note')}
                  </Text>
                  <Text style={PRESERVE_TEXT}>{routing.note}</Text>
                </div>
              )}
              {routing.declineReason && (
                <div>
                  <Text fw={600} size="sm">
                    {t('routings.declineReason')}
                  </Text>
                  <Text style={PRESERVE_TEXT}>{routing.declineReason}</Text>
                </div>
              )}
              {routing.allowedActions.length > 0 && (
                <Group gap="sm">
                  {routing.allowedActions.map((action) => (
                    <Button
                      key={action}
                      variant={action === 'decline' ? 'default' : 'filled'}
                      loading={
                        transition.isPending &&
                        declining === null &&
                        transition.variables?.biobankCode === routing.biobankCode &&
                        transition.variables.action === action
                      }
                      disabled={transition.isPending}
                      onClick={() => {
                        if (action === 'decline') {
                          setOutcome(null);
                          setDialogError(null);
                          setDeclining(routing.biobankCode);
                        } else {
                          run(routing.biobankCode, action);
                        }
                      }}
                    >
                      {t(`routingActions.${action}`)}
                    </Button>
                  ))}
                </Group>
              )}
            </Stack>
          </Paper>
        ))}
      </Stack>
      {/* A biobank never declines without saying why. */}
      <CommentDialog
        opened={declining !== null}
        title={declining ? t('routings.declineTitle', { biobank: declining }) : ''}
        label={t('routings.declineLabel')}
        description={t('routings.declineHelp')}
        rule={RoutingTransitionBody.shape.comment.unwrap()}
        confirmLabel={t('routingActions.decline')}
        danger
        pending={transition.isPending}
        error={dialogError}
        onConfirm={(reason) => declining && run(declining, 'decline', reason)}
        onClose={() => {
          setDeclining(null);
          setDialogError(null);
        }}
      />
    </Stack>
  );
}
