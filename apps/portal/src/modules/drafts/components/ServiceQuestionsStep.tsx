import { Alert, Stack } from '@mantine/core';
import type { Biobank, Service } from '@bgb/contracts';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { biobankOptions, CheckboxGroupField } from '../../../components/forms/CheckboxGroupField';
import { QueryBoundary } from '../../../components/QueryBoundary';
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
      {serviceId && (
        <QueryBoundary query={questions} errorTitle={t('serviceQuestions.loadError')}>
          {(questionSet) => <ServiceQuestionsSection questionSet={questionSet} />}
        </QueryBoundary>
      )}
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
