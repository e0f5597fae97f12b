import { Alert, Button, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PRIORITIES, Priority, type RequestStatus, type ServiceRequest } from '@bgb/contracts';
import { FormFailureAlert } from '../../../components/forms/use-form-failure';
import { useGetCurrentUser } from '../../auth/hooks/use-get-current-user';
import { useTriageRequest, type TriageInput } from '../../requests/hooks/use-triage-request';
import { useDescribeReasons } from '../../routing-rules/hooks/use-describe-reasons';
import { useGetRoutingSuggestion } from '../../routing-rules/hooks/use-get-routing-suggestion';
import { useListCaseHandlers } from '../hooks/use-list-case-handlers';
import { RouteDialog } from './RouteDialog';

/** A case handler is proposed until the request has gone to the biobanks. */
const BEFORE_ROUTING: readonly RequestStatus[] = ['submitted', 'in_triage', 'awaiting_researcher'];

type Outcome =
  | { kind: 'saved' }
  | { kind: 'routed'; biobanks: string }
  | { kind: 'failed'; error: unknown }
  | null;

/**
 * The secretariat's triage of one request: who handles it, how urgent it is, and where it
 * goes. Each change is saved at once with the version the user saw.
 */
export function TriagePanel({ request }: { request: ServiceRequest }) {
  const { t } = useTranslation();
  const { data: user } = useGetCurrentUser();
  const caseHandlers = useListCaseHandlers();
  const triage = useTriageRequest(request);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [routing, setRouting] = useState(false);
  const suggestion = useGetRoutingSuggestion(request.id, BEFORE_ROUTING.includes(request.status));
  const describeReasons = useDescribeReasons();
  const proposed = suggestion.data?.caseHandler;

  const save = (input: TriageInput) => {
    setOutcome(null);
    triage.mutate(input, {
      onSuccess: () => setOutcome({ kind: 'saved' }),
      onError: (error) => setOutcome({ kind: 'failed', error }),
    });
  };

  const handlers = caseHandlers.data ?? [];
  // The current case handler stays choosable even if they have left the secretariat since.
  const options =
    request.assignee && !handlers.some((person) => person.id === request.assignee?.id)
      ? [...handlers, request.assignee]
      : handlers;

  return (
    <Stack component="section" aria-labelledby="triage-panel-heading" gap="sm">
      <Title order={2} id="triage-panel-heading">
        {t('triagePanel.heading')}
      </Title>
      <div role="status">
        {outcome?.kind === 'saved' && (
          <Alert color="teal" variant="light">
            {t('triagePanel.saved')}
          </Alert>
        )}
        {outcome?.kind === 'routed' && (
          <Alert color="teal" variant="light">
            {t('routeDialog.done', { biobanks: outcome.biobanks })}
          </Alert>
        )}
      </div>
      {outcome?.kind === 'failed' && <FormFailureAlert failure={outcome.error} />}
      <Group align="flex-end" gap="sm">
        <NativeSelect
          label={t('triagePanel.assignee')}
          value={request.assignee?.id ?? ''}
          disabled={triage.isPending}
          onChange={(event) => save({ assigneeId: event.currentTarget.value || null })}
          data={[
            { value: '', label: t('queue.unassigned') },
            ...options.map((person) => ({ value: person.id, label: person.name })),
          ]}
          w={{ base: '100%', xs: 260 }}
        />
        {user && request.assignee?.id !== user.id && (
          <Button
            variant="default"
            disabled={triage.isPending}
            onClick={() => save({ assigneeId: user.id })}
          >
            {t('triagePanel.assignToMe')}
          </Button>
        )}
        <NativeSelect
          label={t('triagePanel.priority')}
          value={request.priority}
          disabled={triage.isPending}
          onChange={(event) => {
            const parsed = Priority.safeParse(event.currentTarget.value);
            if (parsed.success) save({ priority: parsed.data });
          }}
          data={PRIORITIES.map((priority) => ({
            value: priority,
            label: t(`priority.${priority}`),
          }))}
          w={{ base: '100%', xs: 200 }}
        />
      </Group>
      {proposed && proposed.assignee.id !== request.assignee?.id && (
        <Group gap="sm">
          <Text size="sm">
            {t('triagePanel.suggestedAssignee', {
              name: proposed.assignee.name,
              reasons: describeReasons([proposed.reason]),
            })}
          </Text>
          <Button
            variant="light"
            size="compact-sm"
            disabled={triage.isPending}
            onClick={() => save({ assigneeId: proposed.assignee.id })}
          >
            {t('triagePanel.assignSuggested', { name: proposed.assignee.name })}
          </Button>
        </Group>
      )}
      {request.mayRoute && (
        <Group>
          <Button
            onClick={() => {
              setOutcome(null);
              setRouting(true);
            }}
          >
            {t('triagePanel.route')}
          </Button>
        </Group>
      )}
      <RouteDialog
        request={request}
        opened={routing}
        onClose={() => setRouting(false)}
        onRouted={(codes) => {
          setRouting(false);
          setOutcome({ kind: 'routed', biobanks: codes.join(', ') });
        }}
      />
    </Stack>
  );
}
