import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServiceRequest } from '@bgb/contracts';
import { mayEditRequest } from '@bgb/domain';
import { useGetCurrentUser } from '../../auth/hooks/use-get-current-user';
import { EditRequestDialog } from './EditRequestDialog';

/**
 * Tells the researcher that the secretariat waits for their answer, and lets them put the
 * request right before answering.
 */
export function ClarificationNotice({ request }: { request: ServiceRequest }) {
  const { t } = useTranslation();
  const { data: user } = useGetCurrentUser();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const mayEdit =
    !!user && mayEditRequest(user, { status: request.status, researcherId: request.researcher.id });

  // The dialog stays open when the request can no longer be edited, to say why a save failed.
  if (!mayEdit && !editing) return null;
  return (
    <>
      {mayEdit && (
        <Paper
          component="section"
          aria-labelledby="clarification-heading"
          withBorder
          p="md"
          bg="blue.0"
        >
          <Stack gap="sm" align="flex-start">
            <Title order={2} size="h3" id="clarification-heading">
              {t('requests.edit.noticeTitle')}
            </Title>
            <Text>{t('requests.edit.noticeText')}</Text>
            <div role="status">{saved && <Text fw={600}>{t('requests.edit.saved')}</Text>}</div>
            <Button
              onClick={() => {
                setSaved(false);
                setEditing(true);
              }}
            >
              {t('requests.edit.open')}
            </Button>
          </Stack>
        </Paper>
      )}
      <EditRequestDialog
        request={request}
        opened={editing}
        onClose={() => setEditing(false)}
        onSaved={() => {
          setEditing(false);
          setSaved(true);
        }}
      />
    </>
  );
}
