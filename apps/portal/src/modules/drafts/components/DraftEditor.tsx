import { Button, Group, Stack, Stepper, Textarea, TextInput, Title } from '@mantine/core';
import { answerProblems, missingForSubmission } from '@bgb/domain';
import {
  TITLE_MAX_LENGTH,
  type Biobank,
  type Draft,
  type QuestionSet,
  type Service,
} from '@bgb/contracts';
import { useEffect, useRef, useState } from 'react';
import { FormProvider, type Resolver, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { formResolver } from '../../../components/forms/form-resolver';
import { FormFailureAlert } from '../../../components/forms/use-form-failure';
import { isApiError } from '../../../api/api-error';
import { EmailVerificationNotice } from '../../auth/components/EmailVerificationNotice';
import { ApprovalsFields, PeopleFields } from '../../requests/components/PeopleAndApprovalsFields';
import { withAnswers } from '../../service-questions/components/answers-schema';
import { useGetServiceQuestions } from '../../service-questions/hooks/use-get-service-questions';
import {
  DRAFT_STEPS,
  type DraftFormValues,
  type DraftStep,
  DraftFormSchema,
  draftBodyOf,
  formValuesOf,
} from '../draft-form';
import { useDraftAutosave } from '../hooks/use-draft-autosave';
import { useReloadDraft } from '../hooks/use-reload-draft';
import { useSubmitDraft } from '../hooks/use-submit-draft';
import { AttachmentsStep } from './AttachmentsStep';
import { ConflictDialog } from './ConflictDialog';
import { ReviewStep } from './ReviewStep';
import { SaveStatus } from './SaveStatus';
import { ServiceQuestionsStep } from './ServiceQuestionsStep';

/**
 * A save makes what the API now holds the form's starting point, so that the form is dirty
 * exactly while it holds something unsaved; what was typed meanwhile and the fields' messages stay.
 */
const KEEP_WHAT_IS_TYPED = {
  keepValues: true,
  keepErrors: true,
  keepTouched: true,
  keepIsSubmitted: true,
  keepSubmitCount: true,
} as const;

export interface RequestCreatedState {
  createdReference: string;
}

interface DraftEditorProps {
  /** The draft being resumed, or null for a new request: it becomes a draft on the first change. */
  initial: Draft | null;
  services: Service[];
  biobanks: Biobank[];
  /** The signed-in researcher's institution, the new request's first guess. */
  institution: string;
  /** The draft was created by the first save: its own address from now on. */
  onCreated: (draft: Draft) => void;
}

/** The step-by-step request form: saved as a draft while written, submitted from the review step. */
export function DraftEditor({
  initial,
  services,
  biobanks,
  institution,
  onCreated,
}: DraftEditorProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  // The resolver checks the answers against the questions shown now, which arrive after the
  // form is created, with the same domain schema the API applies at submission.
  const questionsShown = useRef<QuestionSet | undefined>(undefined);
  const resolver: Resolver<DraftFormValues> = (formValues, context, options) =>
    (
      formResolver(
        withAnswers(DraftFormSchema, questionsShown.current?.questions),
      ) as unknown as Resolver<DraftFormValues>
    )(formValues, context, options);
  const form = useForm<DraftFormValues>({
    resolver,
    defaultValues: formValuesOf(initial, institution),
    mode: 'onTouched',
  });
  // The draft's id once the first save made it: files can be attached to it from then on.
  const [draftId, setDraftId] = useState(initial?.id ?? null);
  const autosave = useDraftAutosave({
    initial,
    onCreated: (created) => {
      setDraftId(created.id);
      onCreated(created);
    },
    onSaved: (saved) => form.reset(formValuesOf(saved), KEEP_WHAT_IS_TYPED),
  });
  const submit = useSubmitDraft();
  const reloadDraft = useReloadDraft();
  const [active, setActive] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const values = useWatch({ control: form.control }) as DraftFormValues;
  const title = values.title ?? '';
  const { change, unchanged, invalid } = autosave;
  const questions = useGetServiceQuestions(values.serviceId || undefined);
  const [questionsChanged, setQuestionsChanged] = useState(false);
  useEffect(() => {
    questionsShown.current = questions.data;
  }, [questions.data]);

  // Answers belong to one service's questions: another service starts with none.
  const answeredService = useRef(values.serviceId);
  useEffect(() => {
    if (answeredService.current === values.serviceId) return;
    answeredService.current = values.serviceId;
    form.setValue('answers', {}, { shouldDirty: true });
    form.setValue('questionSetVersion', null, { shouldDirty: true });
  }, [values.serviceId, form]);

  // The answers are kept under the questions shown: a newer version keeps the answers to the
  // questions it still asks (a copied request, or questions republished since the last sitting).
  useEffect(() => {
    const shown = questions.data;
    if (!shown || shown.serviceId !== form.getValues('serviceId')) return;
    if (form.getValues('questionSetVersion') === shown.version) return;
    const asked = new Set(shown.questions.map((question) => question.key));
    const answers = Object.entries(form.getValues('answers') ?? {}).filter(([key]) =>
      asked.has(key),
    );
    form.setValue('answers', Object.fromEntries(answers), { shouldDirty: true });
    form.setValue('questionSetVersion', shown.version, { shouldDirty: true });
  }, [questions.data, form]);

  // What a save would send, anew only when it really changed (not on every re-render); the
  // form is dirty while it differs from what was saved or loaded last.
  const content = useWatch({ control: form.control, compute: draftBodyOf });
  const { isDirty } = form.formState;
  useEffect(() => {
    if (!isDirty) unchanged(content);
    else if (DraftFormSchema.safeParse(form.getValues()).success) change(content);
    else {
      invalid();
      void form.trigger();
    }
  }, [content, isDirty, change, unchanged, invalid, form]);

  const goTo = (index: number) => {
    setActive(index);
    // The new step's content is announced from its start.
    requestAnimationFrame(() => heading.current?.focus());
  };
  const goToStep = (step: DraftStep) => goTo(DRAFT_STEPS.indexOf(step));

  const reload = () => {
    const { id } = autosave.current();
    if (!id) return;
    reloadDraft.mutate(id, {
      onSuccess: (latest) => {
        autosave.reloaded(latest);
        form.reset(formValuesOf(latest));
      },
    });
  };

  const missing = [
    ...missingForSubmission(values),
    ...(questions.data ? answerProblems(questions.data.questions, values.answers) : []),
  ];
  // Until the service's questions are shown, nobody knows whether they are answered.
  const questionsPending = !!values.serviceId && !questions.data;

  const send = async () => {
    await autosave.flush();
    const { id, version } = autosave.current();
    if (!id || autosave.conflict) return;
    setQuestionsChanged(false);
    try {
      const request = await submit.mutateAsync({ id, version });
      const state: RequestCreatedState = { createdReference: request.reference };
      void navigate(`/requests/${request.id}`, { state });
    } catch (error) {
      // Shown by the form's alert; new questions are fetched and the answers kept under them.
      if (isApiError(error, 'QUESTIONS_CHANGED')) {
        setQuestionsChanged(true);
        await questions.refetch();
      }
    }
  };

  const steps: Record<DraftStep, React.ReactNode> = {
    project: (
      <Stack gap="lg">
        <TextInput
          {...form.register('title')}
          label={t('requestForm.titleLabel')}
          description={t('requestForm.titleCounter', {
            count: title.length,
            max: TITLE_MAX_LENGTH,
          })}
          required
          error={form.formState.errors.title?.message}
        />
        <Textarea
          {...form.register('projectDescription')}
          label={t('requestForm.projectDescription')}
          description={t('requestForm.projectDescriptionHelp')}
          autosize
          minRows={6}
          required
          error={form.formState.errors.projectDescription?.message}
        />
      </Stack>
    ),
    people: <PeopleFields />,
    approvals: <ApprovalsFields />,
    samples: (
      <ServiceQuestionsStep
        services={services}
        biobanks={biobanks}
        questions={questions}
        questionsChanged={questionsChanged}
      />
    ),
    attachments: <AttachmentsStep draftId={draftId} />,
    review: (
      <ReviewStep
        values={values}
        questionSet={questions.data}
        draftId={draftId}
        missing={missing}
        onGoToStep={goToStep}
      />
    ),
  };

  const last = DRAFT_STEPS.length - 1;
  return (
    <FormProvider {...form}>
      <Stack gap="lg">
        <SaveStatus status={autosave.status} onRetry={() => void autosave.flush()} />
        <form noValidate onSubmit={(event) => event.preventDefault()}>
          <Stepper
            active={active}
            onStepClick={goTo}
            size="sm"
            aria-label={t('drafts.stepsLabel')}
            allowNextStepsSelect
          >
            {DRAFT_STEPS.map((step) => (
              <Stepper.Step
                key={step}
                label={t(`drafts.steps.${step}`)}
                description={t(`drafts.steps.${step}Description`)}
              >
                <Stack gap="lg" mt="lg">
                  <Title order={2} size="h3" ref={heading} tabIndex={-1}>
                    {t(`drafts.steps.${step}`)}
                  </Title>
                  {steps[step]}
                </Stack>
              </Stepper.Step>
            ))}
          </Stepper>
          <Stack gap="md" mt="xl">
            {isApiError(submit.error, 'EMAIL_NOT_VERIFIED') ? (
              <EmailVerificationNotice failure={submit.error} />
            ) : (
              <FormFailureAlert failure={submit.error} />
            )}
            <Group justify="space-between">
              <Button variant="default" onClick={() => goTo(active - 1)} disabled={active === 0}>
                {t('drafts.back')}
              </Button>
              {active < last ? (
                <Button onClick={() => goTo(active + 1)}>{t('drafts.next')}</Button>
              ) : (
                <Button
                  onClick={() => void send()}
                  disabled={missing.length > 0 || questionsPending}
                  loading={submit.isPending}
                >
                  {t('drafts.review.submit')}
                </Button>
              )}
            </Group>
          </Stack>
        </form>
      </Stack>
      <ConflictDialog
        opened={autosave.conflict}
        reloading={reloadDraft.isPending}
        error={reloadDraft.error}
        onReload={reload}
      />
    </FormProvider>
  );
}
