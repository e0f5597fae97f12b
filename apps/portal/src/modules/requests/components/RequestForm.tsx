import { Button, Group, Stack, Textarea, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { FormProvider, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import {
  ConsentBasis,
  CreateRequestBody,
  REQUEST_FIELDS,
  TITLE_MAX_LENGTH,
  type Biobank,
  type Service,
} from '@bgb/contracts';
import { biobankOptions, CheckboxGroupField } from '../../../components/forms/CheckboxGroupField';
import { FormFailureAlert, useFormFailure } from '../../../components/forms/use-form-failure';
import { formResolver } from '../../../components/forms/form-resolver';
import { useLocalizedText } from '../../../components/use-locale';
import { ServiceField } from './ServiceField';
import { ApprovalsFields, PeopleFields } from './PeopleAndApprovalsFields';

/** The contract's schema, with the form's empty choice of consent basis meaning none. */
const RequestFormSchema = CreateRequestBody.extend({
  consentBasis: z
    .union([z.literal(''), ConsentBasis])
    .optional()
    .transform((basis) => basis || null),
});

/** A request's fields as the form holds them: text everywhere, empty for none. */
type RequestFormValues = z.input<typeof RequestFormSchema>;

/** A request's fields as they come out of validation: trimmed, codes in capitals. */
export type RequestFormOutput = z.output<typeof RequestFormSchema>;

interface RequestFormProps {
  services: Service[];
  biobanks: Biobank[];
  defaultValues: RequestFormValues;
  submitLabel: string;
  /**
   * Saves the validated values. A rejection with field errors marks those fields; any other
   * rejection shows above the form.
   */
  onSubmit: (values: RequestFormOutput) => Promise<unknown>;
  /** Shown above the fields, e.g. a conflict the caller explains with a way out. */
  notice?: ReactNode;
  /** Buttons beside the submit button, e.g. to cancel. */
  secondaryActions?: ReactNode;
}

/**
 * A request's fields, for submitting a new request and for editing one; validated by the
 * same contract schema the API uses, since an edited request must still be complete.
 */
export function RequestForm({
  services,
  biobanks,
  defaultValues,
  submitLabel,
  onSubmit,
  notice,
  secondaryActions,
}: RequestFormProps) {
  const { t } = useTranslation();
  const localized = useLocalizedText();
  const form = useForm({ resolver: formResolver(RequestFormSchema), defaultValues });
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = form;
  const { failure, clear, onError } = useFormFailure(setError, REQUEST_FIELDS);
  const title = useWatch({ control, name: 'title' }) ?? '';

  const submit = handleSubmit(async (values) => {
    clear();
    try {
      await onSubmit(values);
    } catch (error) {
      onError(error);
    }
  });

  return (
    <FormProvider {...form}>
      <form onSubmit={submit} noValidate aria-busy={isSubmitting}>
        <Stack gap="lg">
          {notice}
          <FormFailureAlert failure={failure} />
          <TextInput
            {...register('title')}
            // In a dialog, focus starts on the first field rather than on the close button.
            data-autofocus
            label={t('requestForm.titleLabel')}
            description={t('requestForm.titleCounter', {
              count: title.length,
              max: TITLE_MAX_LENGTH,
            })}
            required
            error={errors.title?.message}
          />
          <ServiceField services={services} />
          <CheckboxGroupField
            control={control}
            name="biobankCodes"
            label={t('requestForm.biobanks')}
            description={t('requestForm.biobanksHelp')}
            error={errors.biobankCodes?.message}
            options={biobankOptions(biobanks, localized)}
          />
          <Textarea
            {...register('projectDescription')}
            label={t('requestForm.projectDescription')}
            description={t('requestForm.projectDescriptionHelp')}
            autosize
            minRows={6}
            required
            error={errors.projectDescription?.message}
          />
          <PeopleFields />
          <ApprovalsFields />
          <Group gap="sm">
            <Button type="submit" loading={isSubmitting}>
              {submitLabel}
            </Button>
            {secondaryActions}
          </Group>
        </Stack>
      </form>
    </FormProvider>
  );
}
