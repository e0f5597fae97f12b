import type { TFunction } from 'i18next';
import { ApiError } from '../api/api-error';

/** Up to two minutes a wait reads best in seconds; longer, in whole minutes (rounded up). */
const SECONDS_SHOWN_UP_TO = 120;

function describeWait(seconds: number, t: TFunction): string {
  return seconds <= SECONDS_SHOWN_UP_TO
    ? t('errors.rateLimitedSeconds', { count: seconds })
    : t('errors.rateLimitedMinutes', { count: Math.ceil(seconds / 60) });
}

/** A message for the user, in their language, for anything a call can throw. */
export function describeError(error: unknown, t: TFunction): string {
  if (error instanceof ApiError) {
    if (error.isNetworkFailure) return t('errors.network');
    if (error.code === 'RATE_LIMITED' && error.retryAfterSeconds !== undefined) {
      return describeWait(error.retryAfterSeconds, t);
    }
    const key = `errors.codes.${error.code}`;
    return t(key, { defaultValue: error.body.message });
  }
  return t('errors.unexpected');
}
