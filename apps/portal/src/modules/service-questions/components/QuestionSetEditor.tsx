import {
  ActionIcon,
  Alert,
  Button,
  Checkbox,
  Fieldset,
  Group,
  Modal,
  NativeSelect,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import {
  CHOICE_KINDS,
  NUMBER_KINDS,
  QUESTION_KINDS,
  type Question,
  type QuestionSet,
  TEXT_KINDS,
} from '@bgb/contracts';
import { useState } from 'react';
import {
  type Control,
  Controller,
  FormProvider,
  get,
  type Resolver,
  useFieldArray,
  useForm,
  useFormContext,
  useWatch,
} from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ApiError, isApiError } from '../../../api/api-error';
import { formResolver } from '../../../components/forms/form-resolver';
import { FormFailureAlert } from '../../../components/forms/use-form-failure';
import { usePublishServiceQuestions } from '../hooks/use-publish-service-questions';
import {
  EditorSchema,
  emptyOption,
  emptyQuestion,
  type EditorValues,
  toEditorQuestion,
} from './question-editor-values';
import { ServiceQuestionsSection } from './ServiceQuestionsSection';

interface QuestionSetEditorProps {
  /** The current version, which the edit is based on. */
  current: QuestionSet;
  onPublished: (published: QuestionSet) => void;
  /** Fetches the current version again after someone else published one. */
  onReload: () => void;
}

/** Checks the editor's values as the definition they stand for, which is what a submit receives. */
const resolver = formResolver(EditorSchema as never) as unknown as Resolver<
  EditorValues,
  unknown,
  { questions: Question[] }
>;

/** Edits a service's questions and publishes them as the next version. */
export function QuestionSetEditor({ current, onPublished, onReload }: QuestionSetEditorProps) {
  const { t } = useTranslation();
  const form = useForm<EditorValues, unknown, { questions: Question[] }>({
    resolver,
    defaultValues: { questions: current.questions.map(toEditorQuestion) },
  });
  const { control, handleSubmit, setError, formState } = form;
  const questions = useFieldArray({ control, name: 'questions' });
  const publish = usePublishServiceQuestions(current.serviceId);
  const [previewing, setPreviewing] = useState(false);
  const [conflict, setConflict] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  const submit = handleSubmit(async (values) => {
    setFailure(null);
    setConflict(false);
    try {
      onPublished(
        await publish.mutateAsync({ basedOnVersion: current.version, questions: values.questions }),
      );
    } catch (error) {
      if (isApiError(error, 'VERSION_CONFLICT')) return setConflict(true);
      const details = error instanceof ApiError ? (error.body.details ?? []) : [];
      details.forEach((detail, index) =>
        setError(
          detail.field as `questions.${number}.key`,
          { type: 'server', message: detail.message },
          { shouldFocus: index === 0 },
        ),
      );
      if (details.length === 0) setFailure(error);
    }
  });

  return (
    <FormProvider {...form}>
      <form onSubmit={submit} noValidate aria-busy={formState.isSubmitting}>
        <Stack gap="md">
          {conflict && (
            <Alert
              role="alert"
              color="yellow"
              variant="light"
              title={t('serviceQuestionsAdmin.conflictTitle')}
            >
              <Stack gap="xs" align="flex-start">
                <Text size="sm">{t('serviceQuestionsAdmin.conflict')}</Text>
                <Button size="xs" variant="white" onClick={onReload}>
                  {t('serviceQuestionsAdmin.reload')}
                </Button>
              </Stack>
            </Alert>
          )}
          <FormFailureAlert failure={failure} />
          {questions.fields.length === 0 && <Text>{t('serviceQuestionsAdmin.noQuestions')}</Text>}
          {questions.fields.map((field, index) => (
            <QuestionCard
              key={field.id}
              index={index}
              count={questions.fields.length}
              onMove={(to) => questions.move(index, to)}
              onRemove={() => questions.remove(index)}
            />
          ))}
          <Group gap="sm">
            <Button variant="default" onClick={() => questions.append(emptyQuestion())}>
              {t('serviceQuestionsAdmin.addQuestion')}
            </Button>
            <Button variant="default" onClick={() => setPreviewing(true)}>
              {t('serviceQuestionsAdmin.preview')}
            </Button>
            <Button type="submit" loading={formState.isSubmitting}>
              {t('serviceQuestionsAdmin.publish', { version: current.version + 1 })}
            </Button>
          </Group>
        </Stack>
      </form>
      <PreviewModal
        opened={previewing}
        onClose={() => setPreviewing(false)}
        control={control}
        serviceId={current.serviceId}
      />
    </FormProvider>
  );
}

function QuestionCard({
  index,
  count,
  onMove,
  onRemove,
}: {
  index: number;
  count: number;
  onMove: (to: number) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const { register, control, formState } = useFormContext<EditorValues>();
  const name = `questions.${index}` as const;
  const kind = useWatch({ control, name: `${name}.kind` });
  const label = useWatch({ control, name: `${name}.label.en` });
  const error = (field: string) =>
    (get(formState.errors, `${name}.${field}`) as { message?: string } | undefined)?.message;
  const title = t('serviceQuestionsAdmin.questionTitle', {
    number: index + 1,
    label: label || t('serviceQuestionsAdmin.untitled'),
  });

  return (
    <Paper withBorder p="md">
      <Fieldset legend={title} variant="unstyled">
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              {...register(`${name}.key`)}
              label={t('serviceQuestionsAdmin.key')}
              description={t('serviceQuestionsAdmin.keyHelp')}
              required
              error={error('key')}
            />
            <NativeSelect
              {...register(`${name}.kind`)}
              label={t('serviceQuestionsAdmin.kind')}
              data={QUESTION_KINDS.map((value) => ({
                value,
                label: t(`serviceQuestionsAdmin.kinds.${value}`),
              }))}
            />
            <TextInput
              {...register(`${name}.label.en`)}
              label={t('serviceQuestionsAdmin.labelEn')}
              required
              error={error('label.en')}
            />
            <TextInput
              {...register(`${name}.label.da`)}
              label={t('serviceQuestionsAdmin.labelDa')}
              required
              error={error('label.da')}
            />
            <Textarea
              {...register(`${name}.help.en`)}
              label={t('serviceQuestionsAdmin.helpEn')}
              autosize
              error={error('help.en')}
            />
            <Textarea
              {...register(`${name}.help.da`)}
              label={t('serviceQuestionsAdmin.helpDa')}
              autosize
              error={error('help.da')}
            />
          </SimpleGrid>
          <Checkbox {...register(`${name}.required`)} label={t('serviceQuestionsAdmin.required')} />
          {TEXT_KINDS.includes(kind) && (
            <NumberField
              name={`${name}.maxLength`}
              label={t('serviceQuestionsAdmin.maxLength')}
              error={error('maxLength')}
            />
          )}
          {NUMBER_KINDS.includes(kind) && (
            <SimpleGrid cols={2}>
              <NumberField
                name={`${name}.min`}
                label={t('serviceQuestionsAdmin.min')}
                error={error('min')}
              />
              <NumberField
                name={`${name}.max`}
                label={t('serviceQuestionsAdmin.max')}
                error={error('max')}
              />
            </SimpleGrid>
          )}
          {CHOICE_KINDS.includes(kind) && <OptionsEditor index={index} error={error('options')} />}
          <Group gap="xs">
            <Button
              size="xs"
              variant="default"
              disabled={index === 0}
              onClick={() => onMove(index - 1)}
            >
              {t('serviceQuestionsAdmin.moveUp', { number: index + 1 })}
            </Button>
            <Button
              size="xs"
              variant="default"
              disabled={index === count - 1}
              onClick={() => onMove(index + 1)}
            >
              {t('serviceQuestionsAdmin.moveDown', { number: index + 1 })}
            </Button>
            <Button size="xs" variant="light" color="red" onClick={onRemove}>
              {t('serviceQuestionsAdmin.remove', { number: index + 1 })}
            </Button>
          </Group>
        </Stack>
      </Fieldset>
    </Paper>
  );
}

function NumberField({
  name,
  label,
  error,
}: {
  name: `questions.${number}.${'maxLength' | 'min' | 'max'}`;
  label: string;
  error?: string;
}) {
  const { control } = useFormContext<EditorValues>();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <NumberInput
          ref={field.ref}
          name={field.name}
          value={field.value}
          onChange={(value) => field.onChange(value === '' ? '' : Number(value))}
          onBlur={field.onBlur}
          label={label}
          error={error}
          clampBehavior="none"
        />
      )}
    />
  );
}

function OptionsEditor({ index, error }: { index: number; error?: string }) {
  const { t } = useTranslation();
  const { register, control, formState } = useFormContext<EditorValues>();
  const options = useFieldArray({ control, name: `questions.${index}.options` });
  const fieldError = (at: number, field: string) =>
    (
      get(formState.errors, `questions.${index}.options.${at}.${field}`) as
        { message?: string } | undefined
    )?.message;
  return (
    <Fieldset legend={t('serviceQuestionsAdmin.options')}>
      <Stack gap="xs">
        {error && (
          <Text c="red.8" size="sm" role="alert">
            {error}
          </Text>
        )}
        {options.fields.map((option, at) => (
          <Group key={option.id} align="flex-end" gap="xs" wrap="nowrap">
            <TextInput
              {...register(`questions.${index}.options.${at}.value`)}
              label={t('serviceQuestionsAdmin.optionValue', { number: at + 1 })}
              required
              error={fieldError(at, 'value')}
            />
            <TextInput
              {...register(`questions.${index}.options.${at}.label.en`)}
              label={t('serviceQuestionsAdmin.optionLabelEn', { number: at + 1 })}
              required
              error={fieldError(at, 'label.en')}
            />
            <TextInput
              {...register(`questions.${index}.options.${at}.label.da`)}
              label={t('serviceQuestionsAdmin.optionLabelDa', { number: at + 1 })}
              required
              error={fieldError(at, 'label.da')}
            />
            <ActionIcon
              variant="light"
              color="red"
              size="lg"
              onClick={() => options.remove(at)}
              aria-label={t('serviceQuestionsAdmin.removeOption', { number: at + 1 })}
            >
              ×
            </ActionIcon>
          </Group>
        ))}
        <Button
          size="xs"
          variant="default"
          onClick={() => options.append(emptyOption())}
          style={{ alignSelf: 'flex-start' }}
        >
          {t('serviceQuestionsAdmin.addOption')}
        </Button>
      </Stack>
    </Fieldset>
  );
}

/** The questions as a researcher will see them, in a form of their own that submits nothing. */
function PreviewModal({
  opened,
  onClose,
  control,
  serviceId,
}: {
  opened: boolean;
  onClose: () => void;
  control: Control<EditorValues, unknown, { questions: Question[] }>;
  serviceId: string;
}) {
  const { t } = useTranslation();
  const values = useWatch({ control }) as EditorValues;
  const checked = EditorSchema.safeParse(values);
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('serviceQuestionsAdmin.previewTitle')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      size="lg"
    >
      {checked.success ? (
        <PreviewForm
          questionSet={{
            serviceId,
            version: 0,
            questions: checked.data.questions,
            publishedAt: new Date(0).toISOString(),
          }}
        />
      ) : (
        <Text>{t('serviceQuestionsAdmin.previewInvalid')}</Text>
      )}
    </Modal>
  );
}

function PreviewForm({ questionSet }: { questionSet: QuestionSet }) {
  const form = useForm({ defaultValues: { answers: {} } });
  return (
    <FormProvider {...form}>
      <ServiceQuestionsSection questionSet={questionSet} />
    </FormProvider>
  );
}
