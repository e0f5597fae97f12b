import type { TFunction } from 'i18next';
import { ApiError } from '../api/api-error';

/** A message for the user, in their language, for anything a call can throw. */
export function describeError(error: unknown, t: TFunction): string {
  if (error instanceof ApiError) {
    if (error.isNetworkFailure) return t('errors.network');
    const key = `errors.codes.${error.code}`;
    return t(key, { defaultValue: error.body.message });
  }
  return t('errors.unexpected');
}
