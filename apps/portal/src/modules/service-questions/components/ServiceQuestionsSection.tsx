import { Checkbox, Fieldset, NumberInput, Radio, Stack, Textarea, TextInput } from '@mantine/core';
import type { Question, QuestionSet } from '@bgb/contracts';
import { Controller, get, useFormContext, useFormState } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useLocalizedText } from '../../../components/use-locale';

export interface ServiceQuestionsSectionProps {
  /** The published questions to ask; their answers become the form's `answers.<key>` fields. */
  questionSet: QuestionSet;
  /** The section's legend; the default says these are the service's own questions. */
  legend?: string;
}

type AnswersForm = { answers: Record<string, unknown> };

/**
 * A service's questions as one section of an enclosing react-hook-form form (inside a
 * `FormProvider`). Validation is the form's: give its resolver `withAnswers(schema, questions)`.
 * Every field has its label and help in the current language, choice groups are labelled
 * groups, and help and errors are tied to their field with aria-describedby.
 */
export function ServiceQuestionsSection({ questionSet, legend }: ServiceQuestionsSectionProps) {
  const { t } = useTranslation();
  if (questionSet.questions.length === 0) return null;
  return (
    <Fieldset legend={legend ?? t('serviceQuestions.legend')} variant="unstyled">
      <Stack gap="md">
        {questionSet.questions.map((question) => (
          <QuestionField key={question.key} question={question} />
        ))}
      </Stack>
    </Fieldset>
  );
}

function QuestionField({ question }: { question: Question }) {
  const { t } = useTranslation();
  const localized = useLocalizedText();
  const { register, control } = useFormContext<AnswersForm>();
  const { errors } = useFormState<AnswersForm>({ control, name: `answers.${question.key}` });
  const name = `answers.${question.key}` as const;
  const error = get(errors, name) as { message?: string } | { message?: string }[] | undefined;
  const message = Array.isArray(error) ? error.find(Boolean)?.message : error?.message;
  const common = {
    label: localized(question.label),
    description: question.help && localized(question.help) ? localized(question.help) : undefined,
    required: question.required,
    error: message,
  };

  switch (question.kind) {
    case 'text':
      return <TextInput {...register(name)} {...common} />;
    case 'long_text':
      return <Textarea {...register(name)} {...common} autosize minRows={3} />;
    case 'date':
      return <TextInput {...register(name)} {...common} type="date" />;
    case 'integer':
    case 'decimal':
      return (
        <Controller
          control={control}
          name={name}
          render={({ field }) => (
            <NumberInput
              {...common}
              ref={field.ref}
              name={field.name}
              value={(field.value as number | string | undefined) ?? ''}
              onChange={field.onChange}
              onBlur={field.onBlur}
              allowDecimal={question.kind === 'decimal'}
              // Out-of-range numbers stay as typed, so the error says why instead of the value changing.
              clampBehavior="none"
              decimalSeparator={t('serviceQuestions.decimalSeparator')}
            />
          )}
        />
      );
    case 'yes_no':
      return (
        <Controller
          control={control}
          name={name}
          render={({ field }) => (
            <Radio.Group
              {...common}
              value={field.value === true ? 'yes' : field.value === false ? 'no' : null}
              onChange={(value) => field.onChange(value === 'yes')}
            >
              <Stack gap="xs" mt="xs">
                <Radio
                  value="yes"
                  label={t('serviceQuestions.yes')}
                  ref={field.ref}
                  onBlur={field.onBlur}
                />
                <Radio value="no" label={t('serviceQuestions.no')} onBlur={field.onBlur} />
              </Stack>
            </Radio.Group>
          )}
        />
      );
    case 'single_choice':
      return (
        <Controller
          control={control}
          name={name}
          render={({ field }) => (
            <Radio.Group
              {...common}
              value={(field.value as string | undefined) ?? null}
              onChange={field.onChange}
            >
              <Stack gap="xs" mt="xs">
                {(question.options ?? []).map((option, index) => (
                  <Radio
                    key={option.value}
                    value={option.value}
                    label={localized(option.label)}
                    ref={index === 0 ? field.ref : undefined}
                    onBlur={field.onBlur}
                  />
                ))}
              </Stack>
            </Radio.Group>
          )}
        />
      );
    case 'multiple_choice':
      return (
        <Controller
          control={control}
          name={name}
          render={({ field }) => (
            <Checkbox.Group
              {...common}
              value={(field.value as string[] | undefined) ?? []}
              onChange={field.onChange}
            >
              <Stack gap="xs" mt="xs">
                {(question.options ?? []).map((option, index) => (
                  <Checkbox
                    key={option.value}
                    value={option.value}
                    label={localized(option.label)}
                    ref={index === 0 ? field.ref : undefined}
                    onBlur={field.onBlur}
                  />
                ))}
              </Stack>
            </Checkbox.Group>
          )}
        />
      );
  }
}
