import {
  CHOICE_KINDS,
  NUMBER_KINDS,
  type Question,
  type QuestionKind,
  QuestionSetDefinition,
  TEXT_KINDS,
} from '@bgb/contracts';
import { z } from 'zod';

/** A question as the editor holds it: every field present, empty where nothing is set. */
export interface EditorQuestion {
  key: string;
  kind: QuestionKind;
  label: { da: string; en: string };
  help: { da: string; en: string };
  required: boolean;
  maxLength: number | '';
  min: number | '';
  max: number | '';
  options: { value: string; label: { da: string; en: string } }[];
}

export interface EditorValues {
  questions: EditorQuestion[];
}

export const emptyQuestion = (): EditorQuestion => ({
  key: '',
  kind: 'text',
  label: { da: '', en: '' },
  help: { da: '', en: '' },
  required: false,
  maxLength: '',
  min: '',
  max: '',
  options: [],
});

export const emptyOption = () => ({ value: '', label: { da: '', en: '' } });

export function toEditorQuestion(question: Question): EditorQuestion {
  return {
    ...emptyQuestion(),
    ...question,
    help: question.help ?? { da: '', en: '' },
    maxLength: question.maxLength ?? '',
    min: question.min ?? '',
    max: question.max ?? '',
    options: question.options ?? [],
  };
}

const asNumber = (value: number | '' | string): number | undefined =>
  value === '' || value === undefined ? undefined : Number(value);

/**
 * The definition the editor's values stand for. Constraints of other kinds are left out, so an
 * administrator who switches a question's kind does not publish what no longer applies;
 * positions stay the same, so the definition's error paths name the editor's own fields.
 */
function toDefinition(values: EditorValues): Question[] {
  return values.questions.map((question) => ({
    key: question.key.trim(),
    kind: question.kind,
    label: question.label,
    ...(question.help.da.trim() || question.help.en.trim() ? { help: question.help } : {}),
    required: question.required,
    ...(TEXT_KINDS.includes(question.kind) && asNumber(question.maxLength) !== undefined
      ? { maxLength: asNumber(question.maxLength) }
      : {}),
    ...(NUMBER_KINDS.includes(question.kind)
      ? {
          ...(asNumber(question.min) !== undefined ? { min: asNumber(question.min) } : {}),
          ...(asNumber(question.max) !== undefined ? { max: asNumber(question.max) } : {}),
        }
      : {}),
    ...(CHOICE_KINDS.includes(question.kind)
      ? { options: question.options.map((option) => ({ ...option, value: option.value.trim() })) }
      : {}),
  }));
}

/** The editor's values checked as the definition the API will check. */
export const EditorSchema = z.preprocess(
  (values) => ({ questions: toDefinition(values as EditorValues) }),
  z.object({ questions: QuestionSetDefinition }),
);
