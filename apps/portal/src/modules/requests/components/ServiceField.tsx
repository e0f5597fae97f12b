import { NativeSelect } from '@mantine/core';
import type { Service } from '@bgb/contracts';
import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useLocalizedText } from '../../../components/use-locale';

/** The service asked for, from the catalogue: one field for the step form and the edit form. */
export function ServiceField({ services }: { services: Service[] }) {
  const { t } = useTranslation();
  const localized = useLocalizedText();
  const {
    register,
    formState: { errors },
  } = useFormContext<{ serviceId: string }>();
  return (
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
  );
}
