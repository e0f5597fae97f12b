import { Button } from '@mantine/core';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Question, QuestionSet } from '@bgb/contracts';
import { LAUNCH_QUESTIONS } from '@bgb/domain';
import { SERVICE_ANSWER_CASES } from '@bgb/test-support';
import { FormProvider, useForm } from 'react-hook-form';
import { z } from 'zod';
import { formResolver } from '../../../components/forms/form-resolver';
import { renderWithProviders } from '../../../test/render';
import { withAnswers } from './answers-schema';
import { ServiceQuestionsSection } from './ServiceQuestionsSection';

const questionSet = (questions: Question[]): QuestionSet => ({
  serviceId: '00000000-0000-4000-8000-000000000001',
  version: 1,
  questions,
  publishedAt: '2026-01-01T00:00:00.000Z',
});

function Form({
  questions,
  onValid,
}: {
  questions: Question[];
  onValid: (values: unknown) => void;
}) {
  const form = useForm({
    resolver: formResolver(withAnswers(z.object({}), questions)),
    defaultValues: { answers: {} },
  });
  return (
    <FormProvider {...form}>
      <form onSubmit={form.handleSubmit(onValid)} noValidate>
        <ServiceQuestionsSection questionSet={questionSet(questions)} />
        <Button type="submit">Send</Button>
      </form>
    </FormProvider>
  );
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const named = (question: Question) => new RegExp(`^${escape(question.label.en)}`);

/** The question's field: its input, or the group of its radio buttons or checkboxes. */
function fieldOf(question: Question): HTMLElement {
  if (question.kind === 'yes_no' || question.kind === 'single_choice')
    return screen.getByRole('radiogroup', { name: named(question) });
  if (question.kind === 'multiple_choice')
    return screen.getByRole('group', { name: named(question) });
  return screen.getByLabelText(named(question));
}

/** Whether the field points at an error message, as a screen reader would announce it. */
function isFlagged(question: Question): boolean {
  const ids = fieldOf(question).getAttribute('aria-describedby')?.split(/\s+/) ?? [];
  return ids.some((id) => id.endsWith('-error') && !!document.getElementById(id)?.textContent);
}

function answer(question: Question, value: unknown) {
  const field = fieldOf(question);
  const optionLabel = (chosen: unknown) =>
    question.options!.find((option) => option.value === chosen)!.label.en;
  switch (question.kind) {
    case 'yes_no':
      fireEvent.click(within(field).getByLabelText(value ? 'Yes' : 'No'));
      return;
    case 'single_choice':
      fireEvent.click(within(field).getByLabelText(optionLabel(value)));
      return;
    case 'multiple_choice':
      for (const chosen of value as string[])
        fireEvent.click(within(field).getByLabelText(optionLabel(chosen)));
      return;
    default:
      fireEvent.change(field, { target: { value: String(value) } });
  }
}

describe('the service questions section', () => {
  describe.each(SERVICE_ANSWER_CASES)(
    'judges the shared table of answers for $service as the API does',
    ({ service, cases }) => {
      const questions = LAUNCH_QUESTIONS[service];
      it.each(cases.filter((answerCase) => answerCase.throughForm))(
        '$name',
        async ({ answers, invalid }) => {
          const onValid = vi.fn();
          renderWithProviders(<Form questions={questions} onValid={onValid} />);
          for (const question of questions) {
            if (answers[question.key] !== undefined) answer(question, answers[question.key]);
          }
          fireEvent.click(screen.getByRole('button', { name: 'Send' }));
          if (invalid.length === 0) {
            await waitFor(() => expect(onValid).toHaveBeenCalled());
          } else {
            await waitFor(() =>
              expect(
                questions
                  .filter(isFlagged)
                  .map((question) => question.key)
                  .sort(),
              ).toEqual([...invalid].sort()),
            );
            expect(onValid).not.toHaveBeenCalled();
          }
        },
      );
    },
  );

  it('labels every question in the current language, with its help, inside a titled section', () => {
    renderWithProviders(
      <Form questions={LAUNCH_QUESTIONS['sample-data-access']} onValid={vi.fn()} />,
    );
    expect(screen.getByRole('group', { name: 'Questions about the service' })).toBeTruthy();
    const material = screen.getByRole('group', { name: /^Wanted material/ });
    expect(material.getAttribute('aria-describedby')).toBeTruthy();
    expect(screen.getByText('Tick every kind of material you need.')).toBeTruthy();
  });

  it('says what is wrong, in words, for a missing answer and a number out of range', async () => {
    renderWithProviders(
      <Form questions={LAUNCH_QUESTIONS['research-sample-storage']} onValid={vi.fn()} />,
    );
    fireEvent.change(screen.getByLabelText(/^Storage period/), { target: { value: '51' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(await screen.findByText('Must be at most 50')).toBeTruthy();
    expect(screen.getAllByText('This field is required').length).toBeGreaterThan(0);
  });
});
