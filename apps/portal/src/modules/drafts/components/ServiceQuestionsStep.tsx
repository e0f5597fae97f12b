import { NativeSelect, Stack } from '@mantine/core';
import type { Biobank, Service } from '@bgb/contracts';
import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { biobankOptions, CheckboxGroupField } from '../../../components/forms/CheckboxGroupField';
import { useLocalizedText } from '../../../components/use-locale';
import type { DraftFormValues } from '../draft-form';

interface ServiceQuestionsStepProps {
  services: Service[];
  biobanks: Biobank[];
}

/** The "samples and data" step: which service, from which biobanks. */
export function ServiceQuestionsStep({ services, biobanks }: ServiceQuestionsStepProps) {
  const { t } = useTranslation();
  const localized = useLocalizedText();
  const {
    register,
    control,
    formState: { errors },
  } = useFormContext<DraftFormValues>();
  return (
    <Stack gap="lg">
      <NativeSelect
        {...register('serviceId')}
        label={t('requestForm.service')}
        required
        error={errors.serviceId?.message}
        data={[
          { value: '', label: t('requestForm.servicePlaceholder') },
          ...services.map((service) => ({ value: service.id, label: localized(service.name) })),
        ]}
      />
      <CheckboxGroupField
        control={control}
        name="biobankCodes"
        label={t('requestForm.biobanks')}
        description={t('requestForm.biobanksHelp')}
        error={errors.biobankCodes?.message}
        options={biobankOptions(biobanks, localized)}
      />
    </Stack>
  );
}
