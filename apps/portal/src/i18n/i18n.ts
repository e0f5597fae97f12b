import i18n from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import { z } from 'zod';
// Named imports, so only these two of zod's many locales end up in the bundle.
import { da as zodDa, en as zodEn } from 'zod/locales';
import { LOCALES, type Locale } from '@bgb/contracts';
import da from './da.json';
import en from './en.json';

export const FALLBACK_LOCALE: Locale = 'da';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The language the UI is actually shown in ('en-GB' from the browser resolves to 'en'). */
export function currentLocale(): Locale {
  const resolved = i18n.resolvedLanguage ?? i18n.language;
  return isLocale(resolved) ? resolved : FALLBACK_LOCALE;
}

/** Keeps everything outside React that depends on the language in step with it. */
function applyLocale(locale: Locale): void {
  z.config(locale === 'da' ? zodDa() : zodEn());
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}

i18n.on('languageChanged', () => applyLocale(currentLocale()));

void i18n
  .use(LanguageDetector)
  .use(initReactI18next)
  .init({
    resources: { da: { translation: da }, en: { translation: en } },
    supportedLngs: [...LOCALES],
    nonExplicitSupportedLngs: true,
    load: 'languageOnly',
    fallbackLng: FALLBACK_LOCALE,
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    detection: {
      order: ['querystring', 'localStorage', 'navigator'],
      lookupQuerystring: 'lng',
      caches: ['localStorage'],
    },
  });

applyLocale(currentLocale());

export { i18n };
