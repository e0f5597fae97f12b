import { useTranslation } from 'react-i18next';
import type { LocalizedText, Locale } from '@bgb/contracts';
import { FALLBACK_LOCALE, isLocale } from '../i18n/i18n';

/** The language the UI is shown in right now; re-renders when it changes. */
export function useLocale(): Locale {
  const { i18n } = useTranslation();
  const resolved = i18n.resolvedLanguage ?? i18n.language;
  return isLocale(resolved) ? resolved : FALLBACK_LOCALE;
}

/** Picks the current language's version of a bilingual text from the API. */
export function useLocalizedText(): (text: LocalizedText) => string {
  const locale = useLocale();
  return (text) => text[locale] || text[FALLBACK_LOCALE];
}
