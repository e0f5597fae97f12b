import { Alert, Button, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoutingRule } from '@bgb/contracts';
import { ConfirmDialog } from '../../../components/dialogs/ConfirmDialog';
import { PageHeader } from '../../../components/PageHeader';
import { QueryBoundary } from '../../../components/QueryBoundary';
import { useDocumentTitle } from '../../../components/use-document-title';
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
      <PageHeader
        title={t('routingRules.title')}
        lead={t('routingRules.intro')}
        actions={<Button onClick={() => open({ kind: 'new' })}>{t('routingRules.new')}</Button>}
      />
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
        <QueryBoundary
          query={rules}
          empty={t('routingRules.empty')}
          isEmpty={(list) => list.items.length === 0}
        >
          {(list) => (
            <RoutingRuleTable
              rules={list.items}
              onEdit={(rule) => open({ kind: 'edit', rule })}
              onDelete={(rule) => {
                setDone(null);
                remove.reset();
                setDeleting(rule);
              }}
            />
          )}
        </QueryBoundary>
      </div>
      <RoutingRuleModal
        editing={editing}
        onClose={() => setEditing(null)}
        onSaved={(rule) => {
          setEditing(null);
          setDone({ kind: 'saved', name: rule.name });
        }}
      />
      {/* Deleting cannot be undone; requests already routed keep their routing. */}
      <ConfirmDialog
        opened={deleting !== null}
        title={t('routingRules.deleteTitle')}
        text={deleting ? t('routingRules.deleteConfirm', { name: deleting.name }) : ''}
        confirmLabel={t('routingRules.delete')}
        danger
        pending={remove.isPending}
        error={remove.error}
        onClose={() => setDeleting(null)}
        onConfirm={() =>
          deleting &&
          remove.mutate(deleting.id, {
            onSuccess: () => {
              setDeleting(null);
              setDone({ kind: 'deleted', name: deleting.name });
            },
          })
        }
      />
    </Stack>
  );
}
