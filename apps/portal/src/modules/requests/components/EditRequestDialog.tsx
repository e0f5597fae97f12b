import { Alert, Button, Modal, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REQUEST_FIELDS, type EditRequestBody, type ServiceRequest } from '@bgb/contracts';
import { isApiError, type ApiError } from '../../../api/api-error';
import { describeError } from '../../../components/describe-error';
import { QueryBoundary } from '../../../components/QueryBoundary';
import { type Catalogue, useGetCatalogue } from '../../catalogue/hooks/use-get-catalogue';
import { useUpdateRequest } from '../hooks/use-update-request';
import { RequestForm, type RequestFormOutput } from './RequestForm';

/** A field's value as the history compares it: lists in a stable order, nothing as empty. */
function comparable(value: unknown): string {
  if (typeof value === 'string') return value;
  if (!Array.isArray(value)) return value === null || value === undefined ? '' : String(value);
  return value.every((item) => typeof item === 'string')
    ? [...value].sort().join(', ')
    : JSON.stringify(value);
}

/** Only what the researcher changed goes to the API, so an unchanged field is never re-checked. */
function editedFields(
  request: ServiceRequest,
  values: RequestFormOutput,
): Omit<EditRequestBody, 'version'> {
  return Object.fromEntries(
    REQUEST_FIELDS.filter((field) => comparable(values[field]) !== comparable(request[field])).map(
      (field) => [field, values[field]],
    ),
  );
}

interface EditRequestDialogProps {
  request: ServiceRequest;
  opened: boolean;
  onClose: () => void;
  onSaved: () => void;
}

/** The request form, filled in with the request's current fields, in a dialog. */
export function EditRequestDialog({ request, opened, onClose, onSaved }: EditRequestDialogProps) {
  const { t } = useTranslation();
  const catalogue = useGetCatalogue();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('requests.edit.dialogTitle', { reference: request.reference })}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      size="xl"
    >
      <QueryBoundary query={catalogue} errorTitle={t('requestForm.catalogueError')}>
        {({ services, biobanks }) => (
          <EditRequestForm
            request={request}
            services={services}
            biobanks={biobanks}
            onCancel={onClose}
            onSaved={onSaved}
          />
        )}
      </QueryBoundary>
    </Modal>
  );
}

interface EditRequestFormProps extends Catalogue {
  request: ServiceRequest;
  onCancel: () => void;
  onSaved: () => void;
}

function EditRequestForm({ request, services, biobanks, onCancel, onSaved }: EditRequestFormProps) {
  const { t } = useTranslation();
  const update = useUpdateRequest(request.id);
  // The request as it was when editing began: the edits are based on its version, so a change
  // made meanwhile (the page shows it at once) is a conflict and never silently overwritten.
  const [base, setBase] = useState(request);
  const [conflict, setConflict] = useState<ApiError | null>(null);
  const [unchanged, setUnchanged] = useState(false);
  const formArea = useRef<HTMLDivElement>(null);
  const reloaded = useRef(false);

  useEffect(() => {
    // The reload button is gone with the conflict: focus moves on to the first refilled field.
    if (!reloaded.current) return;
    reloaded.current = false;
    formArea.current?.querySelector<HTMLElement>('[data-autofocus]')?.focus();
  }, [base]);

  const save = async (values: RequestFormOutput) => {
    setConflict(null);
    setUnchanged(false);
    const edits = editedFields(base, values);
    if (Object.keys(edits).length === 0) {
      setUnchanged(true);
      return;
    }
    try {
      await update.mutateAsync({ ...edits, version: base.version });
      onSaved();
    } catch (failure) {
      if (isApiError(failure) && failure.status === 409) setConflict(failure);
      else throw failure;
    }
  };

  const notice = conflict ? (
    <Alert role="alert" color="red" variant="light" title={t('requests.edit.conflictTitle')}>
      <Stack gap="xs" align="flex-start">
        {conflict.code === 'VERSION_CONFLICT' ? (
          <>
            <Text size="sm">{t('requests.edit.conflictText')}</Text>
            <Button
              size="xs"
              variant="white"
              color="red.9"
              onClick={() => {
                reloaded.current = true;
                setConflict(null);
                setBase(request);
              }}
            >
              {t('requests.edit.reload')}
            </Button>
          </>
        ) : (
          // The request left the state in which it may be edited: nothing to reload into.
          <Text size="sm">{describeError(conflict, t)}</Text>
        )}
      </Stack>
    </Alert>
  ) : unchanged ? (
    <Alert role="status" color="gray" variant="light">
      {t('requests.edit.nothingChanged')}
    </Alert>
  ) : null;

  return (
    <Stack gap="md" ref={formArea}>
      <Text>{t('requests.edit.intro')}</Text>
      <RequestForm
        // A new base means new starting values: the form starts over from them.
        key={base.version}
        services={services}
        biobanks={biobanks}
        defaultValues={{
          title: base.title,
          serviceId: base.serviceId,
          biobankCodes: base.biobankCodes,
          projectDescription: base.projectDescription,
          principalInvestigator: base.principalInvestigator,
          institution: base.institution,
          coApplicants: base.coApplicants,
          funding: base.funding ?? '',
          industryPartnerName: base.industryPartnerName ?? '',
          industryPartnerCvr: base.industryPartnerCvr ?? '',
          ethicsApprovalCaseNumber: base.ethicsApprovalCaseNumber ?? '',
          ethicsApprovalDate: base.ethicsApprovalDate ?? '',
          ethicsCommittee: base.ethicsCommittee ?? '',
          dataProtectionReference: base.dataProtectionReference ?? '',
          consentBasis: base.consentBasis ?? '',
        }}
        submitLabel={t('requests.edit.save')}
        onSubmit={save}
        notice={notice}
        secondaryActions={
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        }
      />
    </Stack>
  );
}
