import type { Answers, Question } from '@bgb/contracts';
import { DEFAULT_TEXT_MAX_LENGTH } from '@bgb/contracts';
import { z } from 'zod';

/** An empty field in a form is no answer: '' from a text box, null, or nothing ticked. */
function blankToUndefined(value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string' && value.trim() === '') return undefined;
  if (Array.isArray(value) && value.length === 0) return undefined;
  return value;
}

function valueSchema(question: Question): z.ZodType {
  switch (question.kind) {
    case 'text':
    case 'long_text':
      return z
        .string()
        .trim()
        .max(question.maxLength ?? DEFAULT_TEXT_MAX_LENGTH[question.kind]);
    case 'integer':
    case 'decimal': {
      let number = question.kind === 'integer' ? z.number().int() : z.number().finite();
      if (question.min !== undefined) number = number.min(question.min);
      if (question.max !== undefined) number = number.max(question.max);
      return number;
    }
    case 'date':
      return z.iso.date();
    case 'yes_no':
      return z.boolean();
    case 'single_choice':
      return z.enum(optionValues(question));
    case 'multiple_choice':
      return z
        .array(z.enum(optionValues(question)))
        .refine((values) => new Set(values).size === values.length, {
          message: 'Each option only once',
        });
  }
}

function optionValues(question: Question): [string, ...string[]] {
  return (question.options ?? []).map((option) => option.value) as [string, ...string[]];
}

/**
 * The schema of the answers to a question set: every question's kind and constraints, the
 * required ones present, and no answer to a question the set does not ask. The API and the
 * portal's form both validate with it, so a researcher sees exactly the errors the API
 * would give. Issues carry zod's own codes (`invalid_type` for a missing answer, `too_big`,
 * `invalid_value` for an unknown option ...) at the path of the question's key, which the
 * portal translates and the API reports as `answers.<key>`.
 */
export function answersSchema(questions: readonly Question[]): z.ZodType<Answers, unknown> {
  const shape = Object.fromEntries(
    questions.map((question) => {
      const value = valueSchema(question);
      return [
        question.key,
        z.preprocess(blankToUndefined, question.required ? value : value.optional()),
      ];
    }),
  );
  // One issue per unknown answer, at its key, rather than one issue for the lot.
  return z.looseObject(shape).superRefine((answers, ctx) => {
    for (const key of Object.keys(answers)) {
      if (!(key in shape))
        ctx.addIssue({
          code: 'unrecognized_keys',
          keys: [key],
          path: [key],
          message: 'No such question',
        });
    }
  }) as unknown as z.ZodType<Answers, unknown>;
}

/**
 * The answers that would keep a request from being submitted, as `answers.<key>` paths in the
 * order of the questions (answers to questions the set does not ask come last). The draft's
 * review step lists them beside the fields `missingForSubmission` names.
 */
export function answerProblems(
  questions: readonly Question[],
  answers: Record<string, unknown> | null | undefined,
): string[] {
  const result = answersSchema(questions).safeParse(answers ?? {});
  if (result.success) return [];
  const keys = new Set(result.error.issues.map((issue) => String(issue.path[0])));
  const asked = questions
    .filter((question) => keys.has(question.key))
    .map((question) => question.key);
  const unknown = [...keys].filter((key) => !asked.includes(key));
  return [...asked, ...unknown].map((key) => `answers.${key}`);
}
