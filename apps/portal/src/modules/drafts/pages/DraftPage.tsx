import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { isApiError } from '../../../api/api-error';
import { NotFoundState } from '../../../components/NotFoundState';
import { PageHeader } from '../../../components/PageHeader';
import { QueryBoundary } from '../../../components/QueryBoundary';
import { useDocumentTitle } from '../../../components/use-document-title';
import { EmailVerificationNotice } from '../../auth/components/EmailVerificationNotice';
import { useGetCurrentUser } from '../../auth/hooks/use-get-current-user';
import { useGetCatalogue } from '../../catalogue/hooks/use-get-catalogue';
import { DraftEditor } from '../components/DraftEditor';
import { useGetDraft } from '../hooks/use-get-draft';

/** A new request (`/requests/new`) or a draft resumed (`/drafts/:id`), written step by step. */
export default function DraftPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const navigate = useNavigate();
  const { data: user } = useGetCurrentUser();
  const catalogue = useGetCatalogue();
  const draft = useGetDraft(id);
  const title = id
    ? t('drafts.resumeTitle', { title: draft.data?.title || t('drafts.untitled') })
    : t('drafts.title');
  useDocumentTitle(id ? title : t('drafts.pageTitle'));

  if (id && isApiError(draft.error) && draft.error.status < 500) {
    return (
      <NotFoundState
        title={t('drafts.notFoundTitle')}
        text={t('drafts.notFoundText')}
        backTo="/requests"
        backLabel={t('nav.myRequests')}
      />
    );
  }
  // A draft resumed waits for the draft as well; a new request needs the catalogue only.
  const editorData = {
    data:
      catalogue.data && (!id || draft.data)
        ? { ...catalogue.data, draft: draft.data ?? null }
        : undefined,
    error: catalogue.error ?? draft.error,
    refetch: () => Promise.all([catalogue.refetch(), id && draft.refetch()]),
  };

  return (
    <Stack gap="lg" maw={900}>
      <PageHeader title={title} lead={t('drafts.intro')} />
      <EmailVerificationNotice />
      <QueryBoundary query={editorData} errorTitle={t('requestForm.catalogueError')}>
        {({ services, biobanks, draft: initial }) => (
          <DraftEditor
            initial={initial}
            services={services}
            biobanks={biobanks}
            institution={user?.institution ?? ''}
            // The draft's own address, so that a reload or a bookmark resumes it; the editor stays.
            onCreated={(created) => void navigate(`/drafts/${created.id}`, { replace: true })}
          />
        )}
      </QueryBoundary>
    </Stack>
  );
}
