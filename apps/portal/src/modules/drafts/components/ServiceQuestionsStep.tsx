import { Alert, Stack } from '@mantine/core';
import type { Biobank, Service } from '@bgb/contracts';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { biobankOptions, CheckboxGroupField } from '../../../components/forms/CheckboxGroupField';
import { LoadingState } from '../../../components/LoadingState';
import { useLocalizedText } from '../../../components/use-locale';
import { ServiceField } from '../../requests/components/ServiceField';
import { ServiceQuestionsSection } from '../../service-questions/components/ServiceQuestionsSection';
import type { useGetServiceQuestions } from '../../service-questions/hooks/use-get-service-questions';
import type { DraftFormValues } from '../draft-form';

interface ServiceQuestionsStepProps {
  services: Service[];
  biobanks: Biobank[];
  /** The chosen service's questions; the editor holds them, as its review checks the answers too. */
  questions: ReturnType<typeof useGetServiceQuestions>;
  /** The questions were republished while the researcher wrote, and have been reloaded. */
  questionsChanged: boolean;
}

/** The "samples and data" step: which service, its own questions, and from which biobanks. */
export function ServiceQuestionsStep({
  services,
  biobanks,
  questions,
  questionsChanged,
}: ServiceQuestionsStepProps) {
  const { t } = useTranslation();
  const localized = useLocalizedText();
  const {
    control,
    formState: { errors },
  } = useFormContext<DraftFormValues>();
  const serviceId = useWatch({ control, name: 'serviceId' });
  return (
    <Stack gap="lg">
      <ServiceField services={services} />
      {questionsChanged && (
        <Alert
          role="alert"
          color="yellow"
          variant="light"
          title={t('serviceQuestions.changedTitle')}
        >
          {t('serviceQuestions.changed')}
        </Alert>
      )}
      {serviceId &&
        (questions.error ? (
          <ErrorAlert
            title={t('serviceQuestions.loadError')}
            error={questions.error}
            onRetry={() => void questions.refetch()}
          />
        ) : questions.data ? (
          <ServiceQuestionsSection questionSet={questions.data} />
        ) : (
          <LoadingState />
        ))}
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
