import { Modal, Stack, Textarea } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { RouteBody, type RoutingSuggestion, type ServiceRequest } from '@bgb/contracts';
import { DialogButtons } from '../../../components/dialogs/DialogButtons';
import { formResolver } from '../../../components/forms/form-resolver';
import { biobankOptions, CheckboxGroupField } from '../../../components/forms/CheckboxGroupField';
import { FormFailureAlert, useFormFailure } from '../../../components/forms/use-form-failure';
import { LoadingState } from '../../../components/LoadingState';
import { useLocalizedText } from '../../../components/use-locale';
import { useListBiobanks } from '../../catalogue/hooks/use-list-biobanks';
import { useRouteRequest } from '../../requests/hooks/use-route-request';
import { useDescribeReasons } from '../../routing-rules/hooks/use-describe-reasons';
import { useGetRoutingSuggestion } from '../../routing-rules/hooks/use-get-routing-suggestion';

const RouteFields = z.object({
  biobankCodes: RouteBody.shape.biobankCodes,
  note: RouteBody.shape.note,
});

interface RouteDialogProps {
  request: ServiceRequest;
  opened: boolean;
  onClose: () => void;
  onRouted: (biobankCodes: string[]) => void;
}

/**
 * Chooses the biobanks that get the request, starting from what the routing rules suggest
 * (or, without a rule, from those the researcher asked for), each with its reason.
 */
export function RouteDialog({ request, opened, onClose, onRouted }: RouteDialogProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('routeDialog.title')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      size="lg"
    >
      {opened && <RouteStep request={request} onClose={onClose} onRouted={onRouted} />}
    </Modal>
  );
}

function RouteStep(props: Omit<RouteDialogProps, 'opened'>) {
  const suggestion = useGetRoutingSuggestion(props.request.id);
  if (suggestion.isPending) return <LoadingState />;
  return <RouteForm {...props} suggestion={suggestion.data ?? null} />;
}

interface RouteFormProps extends Omit<RouteDialogProps, 'opened'> {
  /** Null when the rules could not be read: the researcher's choice is the starting point then. */
  suggestion: RoutingSuggestion | null;
}

function RouteForm({ request, onClose, onRouted, suggestion }: RouteFormProps) {
  const { t } = useTranslation();
  const localized = useLocalizedText();
  const describeReasons = useDescribeReasons();
  const biobanks = useListBiobanks();
  const route = useRouteRequest(request);
  const {
    control,
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm({
    resolver: formResolver(RouteFields),
    defaultValues: {
      biobankCodes: suggestion
        ? suggestion.biobanks.map((biobank) => biobank.biobankCode)
        : [...request.biobankCodes],
      note: '',
    },
  });
  const failure = useFormFailure(setError, ['biobankCodes', 'note']);

  const submit = handleSubmit(({ biobankCodes, note }) => {
    failure.clear();
    route.mutate(
      { biobankCodes, note },
      { onSuccess: () => onRouted(biobankCodes), onError: failure.onError },
    );
  });

  return (
    <form noValidate onSubmit={submit}>
      <Stack gap="md">
        <FormFailureAlert failure={failure.failure} />
        <CheckboxGroupField
          control={control}
          name="biobankCodes"
          label={t('routeDialog.biobanks')}
          description={
            suggestion ? t('routeDialog.biobanksHelp') : t('routeDialog.suggestionFailed')
          }
          error={errors.biobankCodes?.message}
          options={biobankOptions(biobanks.data ?? [], localized).map((option) => {
            const reasons = suggestion?.biobanks.find(
              (biobank) => biobank.biobankCode === option.value,
            )?.reasons;
            return reasons
              ? {
                  ...option,
                  description: t('routeDialog.suggested', { reasons: describeReasons(reasons) }),
                }
              : option;
          })}
        />
        <Textarea
          {...register('note')}
          label={t('routeDialog.note')}
          description={t('routeDialog.noteHelp')}
          autosize
          minRows={3}
          error={errors.note?.message}
        />
        <DialogButtons
          confirmLabel={t('routeDialog.submit')}
          onCancel={onClose}
          pending={route.isPending}
        />
      </Stack>
    </form>
  );
}
