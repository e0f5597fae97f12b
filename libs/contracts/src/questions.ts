import { z } from 'zod';

/**
 * Service-specific questions: each service asks its own extra questions, defined as data,
 * versioned, and published by administrators. A request keeps the version it was answered under.
 */

export const QUESTION_KINDS = [
  'text',
  'long_text',
  'integer',
  'decimal',
  'date',
  'yes_no',
  'single_choice',
  'multiple_choice',
] as const;
export const QuestionKind = z.enum(QUESTION_KINDS);
export type QuestionKind = z.infer<typeof QuestionKind>;

export const CHOICE_KINDS: readonly QuestionKind[] = ['single_choice', 'multiple_choice'];
export const NUMBER_KINDS: readonly QuestionKind[] = ['integer', 'decimal'];
export const TEXT_KINDS: readonly QuestionKind[] = ['text', 'long_text'];

export const QUESTION_LABEL_MAX_LENGTH = 300;
export const QUESTION_HELP_MAX_LENGTH = 1000;
export const QUESTIONS_MAX = 50;
export const OPTIONS_MAX = 30;
/** The longest answer any text question may allow, and what one allows when it names no limit. */
export const ANSWER_TEXT_MAX_LENGTH = 10_000;
export const DEFAULT_TEXT_MAX_LENGTH = { text: 300, long_text: 5_000 } as const;

/** Keys are stored with every answer, so they are identifiers that never change meaning. */
export const QUESTION_KEY_PATTERN = /^[a-z][a-zA-Z0-9]*$/;
const QuestionKey = z.string().max(50).regex(QUESTION_KEY_PATTERN, {
  message: 'Use letters and digits only, starting with a small letter (e.g. markerType)',
});

const BilingualText = (max: number) =>
  z.object({ da: z.string().trim().min(1).max(max), en: z.string().trim().min(1).max(max) });
const OptionalBilingualText = (max: number) =>
  z.object({ da: z.string().trim().max(max), en: z.string().trim().max(max) });

export const QuestionOption = z.object({
  value: QuestionKey,
  label: BilingualText(QUESTION_LABEL_MAX_LENGTH),
});
export type QuestionOption = z.infer<typeof QuestionOption>;

/**
 * One question. The constraints are flat optional fields rather than one shape per kind, so
 * that an administrator can switch a question's kind in the editor; `QuestionSetDefinition`
 * refuses the ones that do not belong to the kind.
 */
export const Question = z.object({
  key: QuestionKey,
  kind: QuestionKind,
  label: BilingualText(QUESTION_LABEL_MAX_LENGTH),
  /** Shown under the label; empty strings for none. */
  help: OptionalBilingualText(QUESTION_HELP_MAX_LENGTH).optional(),
  required: z.boolean(),
  /** Text kinds: the longest answer. */
  maxLength: z.number().int().min(1).max(ANSWER_TEXT_MAX_LENGTH).optional(),
  /** Number kinds: the smallest and largest answer. */
  min: z.number().finite().optional(),
  max: z.number().finite().optional(),
  /** Choice kinds: what may be chosen, in order. */
  options: z.array(QuestionOption).max(OPTIONS_MAX).optional(),
});
export type Question = z.infer<typeof Question>;

function checkQuestion(question: Question, index: number, ctx: z.RefinementCtx) {
  const issue = (field: string, message: string) =>
    ctx.addIssue({ code: 'custom', path: [index, field], message, params: { reason: field } });
  const isChoice = CHOICE_KINDS.includes(question.kind);
  const isNumber = NUMBER_KINDS.includes(question.kind);
  if (isChoice) {
    const options = question.options ?? [];
    if (options.length < 2)
      issue('options', `Question ${question.key} needs at least two options to choose from`);
    const values = options.map((option) => option.value);
    const duplicate = values.find((value, at) => values.indexOf(value) !== at);
    if (duplicate)
      issue('options', `Question ${question.key} has the option ${duplicate} more than once`);
  } else if (question.options !== undefined) {
    issue(
      'options',
      `Only choice questions have options; ${question.key} is a ${question.kind} question`,
    );
  }
  if (!TEXT_KINDS.includes(question.kind) && question.maxLength !== undefined) {
    issue(
      'maxLength',
      `Only text questions have a maximum length; ${question.key} is a ${question.kind} question`,
    );
  }
  if (!isNumber && (question.min !== undefined || question.max !== undefined)) {
    issue(
      'min',
      `Only number questions have a minimum and maximum; ${question.key} is a ${question.kind} question`,
    );
  }
  if (question.kind === 'integer') {
    if (question.min !== undefined && !Number.isInteger(question.min))
      issue('min', `The minimum of ${question.key} must be a whole number`);
    if (question.max !== undefined && !Number.isInteger(question.max))
      issue('max', `The maximum of ${question.key} must be a whole number`);
  }
  if (
    isNumber &&
    question.min !== undefined &&
    question.max !== undefined &&
    question.min > question.max
  ) {
    issue('max', `The maximum of ${question.key} is smaller than its minimum`);
  }
}

/**
 * A service's questions in the order they are asked. A set an administrator could publish
 * but no researcher could answer (two questions with one key, a choice without options, a
 * minimum above the maximum) is refused here, naming the question.
 */
export const QuestionSetDefinition = z
  .array(Question)
  .max(QUESTIONS_MAX)
  .superRefine((questions, ctx) => {
    const keys = questions.map((question) => question.key);
    keys.forEach((key, index) => {
      if (keys.indexOf(key) !== index) {
        ctx.addIssue({
          code: 'custom',
          path: [index, 'key'],
          message: `The key ${key} is used by more than one question`,
        });
      }
    });
    questions.forEach((question, index) => checkQuestion(question, index, ctx));
  });
export type QuestionSetDefinition = z.infer<typeof QuestionSetDefinition>;

/** One published version of a service's questions. */
export const QuestionSet = z.object({
  serviceId: z.uuid(),
  version: z.number().int().min(1),
  questions: z.array(Question),
  publishedAt: z.iso.datetime(),
});
export type QuestionSet = z.infer<typeof QuestionSet>;

/** The versions of a service's questions, newest first. */
export const QuestionSetVersionList = z.object({
  items: z.array(
    z.object({
      version: z.number().int(),
      publishedAt: z.iso.datetime(),
      /** Who published it; null for the questions the portal was launched with. */
      publishedBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
      questionCount: z.number().int(),
    }),
  ),
});
export type QuestionSetVersionList = z.infer<typeof QuestionSetVersionList>;

/** An administrator publishes a new version, based on the current one they edited. */
export const PublishQuestionSetBody = z.object({
  basedOnVersion: z.number().int().min(1),
  questions: QuestionSetDefinition,
});
export type PublishQuestionSetBody = z.input<typeof PublishQuestionSetBody>;

/** An answer as stored: text, a number, a yes/no, or the chosen option values. */
export const AnswerValue = z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]);
export type AnswerValue = z.infer<typeof AnswerValue>;
export const Answers = z.record(z.string(), AnswerValue);
export type Answers = z.infer<typeof Answers>;
