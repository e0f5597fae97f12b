import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { isApiError } from '../../../api/api-error';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { LoadingState } from '../../../components/LoadingState';
import { NotFoundState } from '../../../components/NotFoundState';
import { PageHeader } from '../../../components/PageHeader';
import { useDocumentTitle } from '../../../components/use-document-title';
import { useGetCurrentUser } from '../../auth/hooks/use-get-current-user';
import { useListBiobanks } from '../../catalogue/hooks/use-list-biobanks';
import { useListServices } from '../../catalogue/hooks/use-list-services';
import { DraftEditor } from '../components/DraftEditor';
import { useGetDraft } from '../hooks/use-get-draft';

/** A new request (`/requests/new`) or a draft resumed (`/drafts/:id`), written step by step. */
export default function DraftPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const navigate = useNavigate();
  const { data: user } = useGetCurrentUser();
  const services = useListServices();
  const biobanks = useListBiobanks();
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
  const error = services.error ?? biobanks.error ?? draft.error;
  const loading = !services.data || !biobanks.data || (id && !draft.data);

  return (
    <Stack gap="lg" maw={900}>
      <PageHeader title={title} lead={t('drafts.intro')} />
      {error ? (
        <ErrorAlert
          title={t('requestForm.catalogueError')}
          error={error}
          onRetry={() => {
            void services.refetch();
            void biobanks.refetch();
            if (id) void draft.refetch();
          }}
        />
      ) : loading || !services.data || !biobanks.data ? (
        <LoadingState />
      ) : (
        <DraftEditor
          initial={draft.data ?? null}
          services={services.data}
          biobanks={biobanks.data}
          institution={user?.institution ?? ''}
          // The draft's own address, so that a reload or a bookmark resumes it; the editor stays.
          onCreated={(created) => void navigate(`/drafts/${created.id}`, { replace: true })}
        />
      )}
    </Stack>
  );
}
