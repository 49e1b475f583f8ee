import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en.ts';
import {
  applyLanguage,
  defaultLanguage,
  isLanguage,
  storeLanguage,
  storedLanguage,
  type Language,
} from './language.ts';
import { sv, type Catalogue } from './sv.ts';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Catalogue };
  }
}

export async function initI18n(): Promise<typeof i18next> {
  i18next.on('languageChanged', (language) => applyLanguage(language));
  await i18next.use(initReactI18next).init({
    resources: { sv: { translation: sv }, en: { translation: en } },
    lng: storedLanguage() ?? defaultLanguage,
    fallbackLng: defaultLanguage,
    supportedLngs: ['sv', 'en'],
    interpolation: { escapeValue: false }, // React escapes.
    returnNull: false,
  });
  return i18next;
}

/** Switches the interface language and remembers it on this device. */
export async function changeLanguage(language: Language): Promise<void> {
  storeLanguage(language);
  await i18next.changeLanguage(language);
}

/** On the first sign-in on a device, follow the account's language unless the person already chose one. */
export function adoptAccountLanguage(locale: string): void {
  if (storedLanguage() === null && isLanguage(locale) && locale !== i18next.language) {
    void i18next.changeLanguage(locale);
  }
}
