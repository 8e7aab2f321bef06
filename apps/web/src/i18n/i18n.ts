import { DEFAULT_LOCALE, type Locale, SUPPORTED_LOCALES, isLocale } from '@tribeworks/contracts';
import i18next, { type i18n as I18n } from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import en from './locales/en.json';
import nl from './locales/nl.json';

export const resources = {
  nl: { translation: nl },
  en: { translation: en },
} as const satisfies Record<Locale, { translation: unknown }>;

/** Where the chosen language is remembered between visits. */
export const LANGUAGE_STORAGE_KEY = 'tribeworks.language';

/** The language in use, narrowed to one the product speaks. */
export function currentLocale(instance: I18n = i18next): Locale {
  const language = instance.resolvedLanguage ?? instance.language;
  return isLocale(language) ? language : DEFAULT_LOCALE;
}

function syncDocumentLanguage(language: string): void {
  if (typeof document !== 'undefined') {
    document.documentElement.lang = isLocale(language) ? language : DEFAULT_LOCALE;
  }
}

/**
 * One i18next instance for the app: the language chosen before (localStorage), else the
 * browser's, else Dutch. Resources are bundled, so initialisation is synchronous.
 */
void i18next
  .use(LanguageDetector)
  .use(initReactI18next)
  .init({
    resources,
    supportedLngs: [...SUPPORTED_LOCALES],
    nonExplicitSupportedLngs: true,
    load: 'languageOnly',
    fallbackLng: DEFAULT_LOCALE,
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    detection: {
      order: ['localStorage', 'navigator'],
      lookupLocalStorage: LANGUAGE_STORAGE_KEY,
      caches: ['localStorage'],
    },
    react: { useSuspense: false },
    // No sponsor notice on stdout (tests, build logs).
    showSupportNotice: false,
  });

i18next.on('languageChanged', syncDocumentLanguage);
syncDocumentLanguage(currentLocale());

export default i18next;
