import type { Locale } from '@bgb/contracts';
import { useLocale } from './use-locale';

export const INTL_LOCALE: Record<Locale, string> = { da: 'da-DK', en: 'en-GB' };
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: Locale, withTime: boolean): Intl.DateTimeFormat {
  const key = `${locale}/${withTime}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
      dateStyle: 'medium',
      ...(withTime ? { timeStyle: 'short' } : {}),
    });
    formatters.set(key, cached);
  }
  return cached;
}

export function formatDate(
  iso: string,
  locale: Locale,
  options: { withTime?: boolean } = {},
): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return formatter(locale, options.withTime ?? false).format(date);
}

export function useFormatDate(): (iso: string, options?: { withTime?: boolean }) => string {
  const locale = useLocale();
  return (iso, options) => formatDate(iso, locale, options);
}
