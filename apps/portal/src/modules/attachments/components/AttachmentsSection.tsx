import { Button, Stack, Table, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Attachment } from '@bgb/contracts';
import { DataTable } from '../../../components/DataTable';
import { QueryBoundary } from '../../../components/QueryBoundary';
import { useFormatDate } from '../../../components/format-date';
import { ConfirmDialog } from '../../../components/dialogs/ConfirmDialog';
import { useLocale } from '../../../components/use-locale';
import { useGetCurrentUser } from '../../auth/hooks/use-get-current-user';
import { formatSize } from '../format-size';
import { useDeleteAttachment } from '../hooks/use-delete-attachment';
import { useListAttachments } from '../hooks/use-list-attachments';
import { AttachmentDownloadLink, mediaTypeKey } from './AttachmentLinks';
import { AttachmentUpload } from './AttachmentUpload';

interface AttachmentsSectionProps {
  requestId: string;
  /** On the researcher's draft: files can be added and taken back. */
  editable: boolean;
  /** Under a page's own section heading (a step of the request form) the heading is one level down. */
  headingOrder?: 2 | 3;
}

/**
 * A request's documents (protocol, approvals...) and the files sent with its messages: each
 * can be downloaded; while editable, files are added here and the uploader's own taken back.
 */
export function AttachmentsSection({
  requestId,
  editable,
  headingOrder = 2,
}: AttachmentsSectionProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const formatDate = useFormatDate();
  const headingId = useId();
  const { data: user } = useGetCurrentUser();
  const attachments = useListAttachments(requestId);
  const remove = useDeleteAttachment(requestId);
  const [deleting, setDeleting] = useState<Attachment | null>(null);
  const [deleted, setDeleted] = useState<string | null>(null);
  // Files waiting for a message belong to the message composer, not to this list.
  const files = attachments.data?.items.filter((file) => !file.pending);

  const close = () => {
    setDeleting(null);
    remove.reset();
  };
  const confirmDelete = (file: Attachment) =>
    remove.mutate(file.id, {
      onSuccess: () => {
        setDeleted(t('attachments.deleted', { name: file.fileName }));
        setDeleting(null);
      },
    });

  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm">
      <Title order={headingOrder} id={headingId}>
        {t('attachments.heading')}
      </Title>
      <QueryBoundary
        query={{ ...attachments, data: files }}
        loadingLabel={t('attachments.loading')}
        empty={t('attachments.none')}
      >
        {(shown) => (
          <DataTable
            label={t('attachments.heading')}
            headers={[
              t('attachments.name'),
              t('attachments.type'),
              t('attachments.size'),
              t('attachments.uploadedBy'),
              ...(editable ? [t('attachments.actions')] : []),
            ]}
            minWidth={560}
            verticalSpacing="xs"
          >
            {shown.map((file) => (
              <Table.Tr key={file.id}>
                <Table.Th scope="row" fw="normal">
                  <AttachmentDownloadLink file={file} />
                </Table.Th>
                <Table.Td>{t(`attachments.types.${mediaTypeKey(file.mediaType)}`)}</Table.Td>
                <Table.Td>{formatSize(file.size, locale)}</Table.Td>
                <Table.Td>
                  {t('attachments.uploadedByAt', {
                    name: file.uploadedBy.name,
                    at: formatDate(file.createdAt, { withTime: true }),
                  })}
                </Table.Td>
                {editable && (
                  <Table.Td>
                    {file.uploadedBy.id === user?.id && file.messageId === null && (
                      <Button
                        size="xs"
                        variant="default"
                        color="red"
                        aria-label={t('attachments.deleteNamed', { name: file.fileName })}
                        onClick={() => setDeleting(file)}
                      >
                        {t('attachments.delete')}
                      </Button>
                    )}
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </DataTable>
        )}
      </QueryBoundary>
      <div aria-live="polite">{deleted && <Text size="sm">{deleted}</Text>}</div>
      {editable && (
        <AttachmentUpload
          requestId={requestId}
          label={t('attachments.add')}
          onUploaded={() => setDeleted(null)}
        />
      )}
      <ConfirmDialog
        opened={deleting !== null}
        title={t('attachments.deleteTitle')}
        text={deleting ? t('attachments.deleteConfirm', { name: deleting.fileName }) : ''}
        confirmLabel={t('attachments.delete')}
        danger
        pending={remove.isPending}
        error={remove.error}
        onClose={close}
        onConfirm={() => deleting && confirmDelete(deleting)}
      />
    </Stack>
  );
}
