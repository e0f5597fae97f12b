import type { TFunction } from 'i18next';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { ApiError } from '../../api/api-error';

/**
 * Puts the API's field errors (`details`) onto the form's fields. Returns true when at
 * least one field got an error, so the caller knows whether a general alert is still needed.
 */
export function applyServerErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fields: readonly Path<T>[],
  t: TFunction,
): boolean {
  if (!(error instanceof ApiError)) return false;
  let applied = false;
  let first = true;
  for (const [field, detail] of Object.entries(error.fieldErrors())) {
    if (!(fields as readonly string[]).includes(field)) continue;
    const message = t(`errors.codes.${detail.code}`, { defaultValue: detail.message });
    setError(field as Path<T>, { type: 'server', message }, { shouldFocus: first });
    first = false;
    applied = true;
  }
  return applied;
}
