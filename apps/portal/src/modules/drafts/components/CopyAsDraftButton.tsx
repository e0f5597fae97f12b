import { Button, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { FormFailureAlert } from '../../../components/forms/use-form-failure';
import { useCopyAsDraft } from '../hooks/use-copy-as-draft';

/** Starts a new draft with this request's content, and opens it. */
export function CopyAsDraftButton({ requestId }: { requestId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const copy = useCopyAsDraft();
  return (
    <Stack gap="xs" align="flex-start">
      <FormFailureAlert failure={copy.error} />
      <Button
        variant="default"
        loading={copy.isPending}
        onClick={() =>
          copy.mutate(requestId, { onSuccess: (draft) => void navigate(`/drafts/${draft.id}`) })
        }
      >
        {t('requestDetails.copyAsDraft')}
      </Button>
    </Stack>
  );
}
