import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { RouteBody, type ServiceRequest } from '@bgb/contracts';
import { formResolver } from '../../../components/forms/form-resolver';
import { biobankOptions, CheckboxGroupField } from '../../../components/forms/CheckboxGroupField';
import { FormFailureAlert, useFormFailure } from '../../../components/forms/use-form-failure';
import { useLocalizedText } from '../../../components/use-locale';
import { useListBiobanks } from '../../catalogue/hooks/use-list-biobanks';
import { useRouteRequest } from '../../requests/hooks/use-route-request';

const RouteForm = z.object({
  biobankCodes: RouteBody.shape.biobankCodes,
  note: RouteBody.shape.note,
});

interface RouteDialogProps {
  request: ServiceRequest;
  opened: boolean;
  onClose: () => void;
  onRouted: (biobankCodes: string[]) => void;
}

/** Chooses the biobanks that get the request, starting from those the researcher asked for. */
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

function RouteStep({ request, onClose, onRouted }: Omit<RouteDialogProps, 'opened'>) {
  const { t } = useTranslation();
  const localized = useLocalizedText();
  const biobanks = useListBiobanks();
  const route = useRouteRequest(request);
  const {
    control,
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm({
    resolver: formResolver(RouteForm),
    defaultValues: { biobankCodes: [...request.biobankCodes], note: '' },
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
          description={t('routeDialog.biobanksHelp')}
          error={errors.biobankCodes?.message}
          options={biobankOptions(biobanks.data ?? [], localized)}
        />
        <Textarea
          {...register('note')}
          label={t('routeDialog.note')}
          description={t('routeDialog.noteHelp')}
          autosize
          minRows={3}
          error={errors.note?.message}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={route.isPending}>
            {t('routeDialog.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
