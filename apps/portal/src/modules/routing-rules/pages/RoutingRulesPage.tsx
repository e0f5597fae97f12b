import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoutingRule } from '@bgb/contracts';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { LoadingState } from '../../../components/LoadingState';
import { useDocumentTitle } from '../../../components/use-document-title';
import { DeleteRuleDialog } from '../components/DeleteRuleDialog';
import { RoutingRuleModal, type RuleEditing } from '../components/RoutingRuleModal';
import { RoutingRuleTable } from '../components/RoutingRuleTable';
import { useDeleteRoutingRule } from '../hooks/use-delete-routing-rule';
import { useListRoutingRules } from '../hooks/use-list-routing-rules';

type Done = { kind: 'saved' | 'deleted'; name: string } | null;

export default function RoutingRulesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('routingRules.pageTitle'));
  const rules = useListRoutingRules();
  const remove = useDeleteRoutingRule();
  const [editing, setEditing] = useState<RuleEditing>(null);
  const [deleting, setDeleting] = useState<RoutingRule | null>(null);
  const [done, setDone] = useState<Done>(null);

  const open = (next: RuleEditing) => {
    setDone(null);
    setEditing(next);
  };

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={1}>{t('routingRules.title')}</Title>
          <Text c="gray.7">{t('routingRules.intro')}</Text>
        </Stack>
        <Button onClick={() => open({ kind: 'new' })}>{t('routingRules.new')}</Button>
      </Group>
      <div role="status">
        {done && (
          <Alert color="teal" variant="light">
            {t(done.kind === 'saved' ? 'routingRules.saved' : 'routingRules.deleted', {
              name: done.name,
            })}
          </Alert>
        )}
      </div>
      <div aria-busy={rules.isFetching}>
        {rules.error && !rules.data ? (
          <ErrorAlert error={rules.error} onRetry={() => void rules.refetch()} />
        ) : !rules.data ? (
          <LoadingState />
        ) : rules.data.items.length === 0 ? (
          <Paper withBorder p="xl">
            <Text>{t('routingRules.empty')}</Text>
          </Paper>
        ) : (
          <RoutingRuleTable
            rules={rules.data.items}
            onEdit={(rule) => open({ kind: 'edit', rule })}
            onDelete={(rule) => {
              setDone(null);
              remove.reset();
              setDeleting(rule);
            }}
          />
        )}
      </div>
      <RoutingRuleModal
        editing={editing}
        onClose={() => setEditing(null)}
        onSaved={(rule) => {
          setEditing(null);
          setDone({ kind: 'saved', name: rule.name });
        }}
      />
      <DeleteRuleDialog
        rule={deleting}
        pending={remove.isPending}
        error={remove.error}
        onClose={() => setDeleting(null)}
        onConfirm={(rule) =>
          remove.mutate(rule.id, {
            onSuccess: () => {
              setDeleting(null);
              setDone({ kind: 'deleted', name: rule.name });
            },
          })
        }
      />
    </Stack>
  );
}
