import { Alert, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminBiobank } from '@bgb/contracts';
import { PageHeader } from '../../../components/PageHeader';
import { QueryBoundary } from '../../../components/QueryBoundary';
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
      <PageHeader title={t('adminBiobanks.title')} lead={t('adminBiobanks.intro')} />
      <div role="status">
        {saved && (
          <Alert color="teal" variant="light">
            {t('adminBiobanks.saved', { name: localized(saved.name) })}
          </Alert>
        )}
      </div>
      <QueryBoundary query={biobanks}>
        {(list) => <BiobankTable biobanks={list} onEdit={edit} />}
      </QueryBoundary>
      <EditMailboxModal biobank={editing} onClose={() => setEditing(null)} onSaved={onSaved} />
    </Stack>
  );
}
