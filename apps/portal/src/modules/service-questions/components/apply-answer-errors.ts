import type { TFunction } from 'i18next';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { ApiError } from '../../../api/api-error';

/**
 * Puts the API's errors about answers (`answers.<key>`, or `answers.<key>.<index>` for a
 * multiple choice) on their questions. Returns true when at least one question got an error.
 */
export function applyAnswerErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  t: TFunction,
): boolean {
  if (!(error instanceof ApiError)) return false;
  const seen = new Set<string>();
  for (const detail of error.body.details ?? []) {
    const [root, key] = detail.field.split('.');
    if (root !== 'answers' || !key || seen.has(key)) continue;
    setError(
      `answers.${key}` as Path<T>,
      {
        type: 'server',
        message: t(`errors.codes.${detail.code}`, { defaultValue: detail.message }),
      },
      { shouldFocus: seen.size === 0 },
    );
    seen.add(key);
  }
  return seen.size > 0;
}
