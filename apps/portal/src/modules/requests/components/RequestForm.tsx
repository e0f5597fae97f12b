import { Alert, Button, Group, NativeSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { FormProvider, type Resolver, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import {
  CreateRequestBody,
  REQUEST_FIELDS,
  TITLE_MAX_LENGTH,
  type Biobank,
  type QuestionSet,
  type Service,
} from '@bgb/contracts';
import { biobankOptions, CheckboxGroupField } from '../../../components/forms/CheckboxGroupField';
import { FormFailureAlert, useFormFailure } from '../../../components/forms/use-form-failure';
import { formResolver } from '../../../components/forms/form-resolver';
import { useLocalizedText } from '../../../components/use-locale';
import { isApiError } from '../../../api/api-error';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { withAnswers } from '../../service-questions/components/answers-schema';
import { applyAnswerErrors } from '../../service-questions/components/apply-answer-errors';
import { ServiceQuestionsSection } from '../../service-questions/components/ServiceQuestionsSection';
import { useGetServiceQuestions } from '../../service-questions/hooks/use-get-service-questions';

/** A request's fields as they come out of validation: trimmed, codes in capitals. */
export type RequestFormOutput = z.output<typeof CreateRequestBody>;

interface RequestFormProps {
  services: Service[];
  biobanks: Biobank[];
  defaultValues: CreateRequestBody;
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
  /**
   * Asks the chosen service's questions under the service choice and submits the answers
   * with `questionSetVersion`; a new request does, an edit of a submitted one does not.
   */
  askServiceQuestions?: boolean;
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
  askServiceQuestions = false,
}: RequestFormProps) {
  const { t } = useTranslation();
  const localized = useLocalizedText();
  // The resolver reads the questions shown now, which arrive after the form is created.
  const questionsShown = useRef<QuestionSet | undefined>(undefined);
  const resolver: Resolver<CreateRequestBody, unknown, RequestFormOutput> = (values, context, options) => {
    const schema = askServiceQuestions ? withAnswers(CreateRequestBody, questionsShown.current?.questions) : CreateRequestBody;
    return (formResolver(schema) as Resolver<CreateRequestBody, unknown, RequestFormOutput>)(values, context, options);
  };
  const form = useForm<CreateRequestBody, unknown, RequestFormOutput>({ resolver, defaultValues });
  const {
    register,
    control,
    handleSubmit,
    setError,
    setValue,
    formState: { errors, isSubmitting },
  } = form;
  const { failure, clear, onError } = useFormFailure(setError, REQUEST_FIELDS);
  const title = useWatch({ control, name: 'title' }) ?? '';
  const serviceId = useWatch({ control, name: 'serviceId' });
  const questions = useGetServiceQuestions(askServiceQuestions && serviceId ? serviceId : undefined);
  useEffect(() => {
    questionsShown.current = questions.data;
  }, [questions.data]);
  const [questionsChanged, setQuestionsChanged] = useState(false);

  // Answers belong to one service's questions; another service starts with none.
  useEffect(() => {
    if (askServiceQuestions) setValue('answers', {});
  }, [askServiceQuestions, serviceId, setValue]);

  const submit = handleSubmit(async (values) => {
    clear();
    setQuestionsChanged(false);
    try {
      await onSubmit(
        askServiceQuestions && questions.data ? { ...values, questionSetVersion: questions.data.version } : values,
      );
    } catch (error) {
      if (isApiError(error, 'QUESTIONS_CHANGED')) {
        setQuestionsChanged(true);
        await questions.refetch();
      } else if (!applyAnswerErrors(error, setError, t)) {
        onError(error);
      }
    }
  });

  return (
    <FormProvider {...form}>
    <form onSubmit={submit} noValidate aria-busy={isSubmitting}>
      <Stack gap="lg">
        {notice}
        <FormFailureAlert failure={failure} />
        {questionsChanged && (
          <Alert role="alert" color="yellow" variant="light" title={t('serviceQuestions.changedTitle')}>
            {t('serviceQuestions.changed')}
          </Alert>
        )}
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
        {askServiceQuestions &&
          (questions.error ? (
            <ErrorAlert title={t('serviceQuestions.loadError')} error={questions.error} onRetry={() => void questions.refetch()} />
          ) : (
            questions.data && <ServiceQuestionsSection questionSet={questions.data} />
          ))}
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
        <TextInput
          {...register('principalInvestigator')}
          label={t('requestForm.principalInvestigator')}
          required
          error={errors.principalInvestigator?.message}
        />
        <TextInput
          {...register('institution')}
          label={t('requestForm.institution')}
          autoComplete="organization"
          required
          error={errors.institution?.message}
        />
        <TextInput
          {...register('ethicsApprovalCaseNumber')}
          label={t('requestForm.ethicsApprovalCaseNumber')}
          description={t('requestForm.ethicsHelp')}
          error={errors.ethicsApprovalCaseNumber?.message}
        />
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
