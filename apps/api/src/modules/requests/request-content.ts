import { DRAFT_FIELDS, type DraftCoApplicant, type DraftField } from '@bgb/contracts';
import type { ServiceRequest } from './service-request.entity';

/** A request's content as its columns hold it. */
export type RequestContent = Pick<ServiceRequest, DraftField>;

/** Content as a body gives it: any field may be absent, text may be empty. */
export type ContentInput = {
  [field in Exclude<DraftField, 'answers'>]?: RequestContent[field] | '' | null | undefined;
} & {
  /** A draft's answers so far are kept as given; they are checked in full at submission. */
  answers?: Record<string, unknown> | null;
};

/** Empty text is stored as null ("none yet"); absent lists as empty ones. */
function stored(field: DraftField, value: unknown): unknown {
  if (field === 'biobankCodes') return [...((value as string[] | undefined) ?? [])].sort();
  if (field === 'coApplicants') return value ?? [];
  return value === undefined || value === '' ? null : value;
}

/**
 * The columns of a request's content, for every field of `DRAFT_FIELDS`: a draft's save,
 * copy and submission all go through here, so a new content field needs no code of its own.
 */
export function contentColumns(input: ContentInput): RequestContent {
  return Object.fromEntries(
    DRAFT_FIELDS.map((field) => [field, stored(field, input[field])]),
  ) as RequestContent;
}

/** The content of a stored request or draft, field by field. */
export function contentOf(request: RequestContent): RequestContent {
  return Object.fromEntries(DRAFT_FIELDS.map((field) => [field, request[field]])) as RequestContent;
}

/** A field's value as the history shows it before and after an edit. */
export function fieldText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) {
    return value.every((item) => typeof item === 'string')
      ? [...(value as string[])].sort().join(', ')
      : (value as DraftCoApplicant[])
          .map((person) => `${person.name} (${person.institution}, ${person.email})`)
          .join('; ');
  }
  return String(value);
}
