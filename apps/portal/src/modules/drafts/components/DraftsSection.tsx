import { Button, Group, Stack, Table, Title } from '@mantine/core';
import type { Draft } from '@bgb/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../../components/DataTable';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useFormatDate } from '../../../components/format-date';
import { ConfirmDialog } from '../../../components/dialogs/ConfirmDialog';
import { useDeleteDraft } from '../hooks/use-delete-draft';
import { useListDrafts } from '../hooks/use-list-drafts';

/** The researcher's drafts on "My requests": resume one, or delete it after confirming. Hidden when there are none. */
export function DraftsSection() {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const drafts = useListDrafts();
  const remove = useDeleteDraft();
  const [deleting, setDeleting] = useState<Draft | null>(null);
  const titleOf = (draft: Draft) => draft.title || t('drafts.untitled');

  if (drafts.error) {
    return (
      <ErrorAlert
        title={t('drafts.list.loadError')}
        error={drafts.error}
        onRetry={() => void drafts.refetch()}
      />
    );
  }
  if (!drafts.data || drafts.data.items.length === 0) return null;

  return (
    <Stack gap="sm" component="section" aria-labelledby="drafts-heading">
      <Title order={2} id="drafts-heading">
        {t('drafts.list.heading')}
      </Title>
      <DataTable
        label={t('drafts.list.tableLabel')}
        headers={[t('drafts.list.title'), t('drafts.list.lastSaved'), t('drafts.list.actions')]}
        minWidth={480}
      >
        {drafts.data.items.map((draft) => (
          <Table.Tr key={draft.id}>
            <Table.Th
              scope="row"
              fw={draft.title ? 600 : 400}
              fs={draft.title ? undefined : 'italic'}
            >
              {titleOf(draft)}
            </Table.Th>
            <Table.Td>
              <time dateTime={draft.updatedAt}>
                {formatDate(draft.updatedAt, { withTime: true })}
              </time>
            </Table.Td>
            <Table.Td>
              <Group gap="xs" wrap="nowrap">
                <Button
                  component={Link}
                  to={`/drafts/${draft.id}`}
                  size="compact-sm"
                  aria-label={t('drafts.list.resumeLabel', { title: titleOf(draft) })}
                >
                  {t('drafts.list.resume')}
                </Button>
                <Button
                  size="compact-sm"
                  variant="default"
                  color="red"
                  aria-label={t('drafts.list.deleteLabel', { title: titleOf(draft) })}
                  onClick={() => {
                    remove.reset();
                    setDeleting(draft);
                  }}
                >
                  {t('drafts.list.delete')}
                </Button>
              </Group>
            </Table.Td>
          </Table.Tr>
        ))}
      </DataTable>
      <ConfirmDialog
        opened={deleting !== null}
        title={t('drafts.list.deleteTitle')}
        text={deleting ? t('drafts.list.deleteText', { title: titleOf(deleting) }) : ''}
        confirmLabel={t('drafts.list.deleteConfirm')}
        danger
        pending={remove.isPending}
        error={remove.error}
        onClose={() => setDeleting(null)}
        onConfirm={() =>
          deleting && remove.mutate(deleting.id, { onSuccess: () => setDeleting(null) })
        }
      />
    </Stack>
  );
}
