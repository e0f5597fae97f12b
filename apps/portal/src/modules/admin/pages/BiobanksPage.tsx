import { Alert, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminBiobank } from '@bgb/contracts';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { LoadingState } from '../../../components/LoadingState';
import { useDocumentTitle } from '../../../components/use-document-title';
import { useLocalizedText } from '../../../components/use-locale';
import { BiobankTable } from '../components/BiobankTable';
import { EditMailboxModal } from '../components/EditMailboxModal';
import { useListAdminBiobanks } from '../hooks/use-admin-biobanks';

export default function BiobanksPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('adminBiobanks.pageTitle'));
  const localized = useLocalizedText();
  const biobanks = useListAdminBiobanks();
  const [editing, setEditing] = useState<AdminBiobank | null>(null);
  const [saved, setSaved] = useState<AdminBiobank | null>(null);

  const edit = (biobank: AdminBiobank) => {
    setSaved(null);
    setEditing(biobank);
  };
  const onSaved = (biobank: AdminBiobank) => {
    setEditing(null);
    setSaved(biobank);
  };

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1}>{t('adminBiobanks.title')}</Title>
        <Text c="gray.7">{t('adminBiobanks.intro')}</Text>
      </Stack>
      <div role="status">
        {saved && (
          <Alert color="teal" variant="light">
            {t('adminBiobanks.saved', { name: localized(saved.name) })}
          </Alert>
        )}
      </div>
      {biobanks.error && !biobanks.data ? (
        <ErrorAlert error={biobanks.error} onRetry={() => void biobanks.refetch()} />
      ) : !biobanks.data ? (
        <LoadingState />
      ) : (
        <BiobankTable biobanks={biobanks.data} onEdit={edit} />
      )}
      <EditMailboxModal biobank={editing} onClose={() => setEditing(null)} onSaved={onSaved} />
    </Stack>
  );
}
