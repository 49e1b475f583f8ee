/**
 * The participant app's languages: code (the html `lang`), name in itself, writing direction, the language a
 * speech voice must have to read it aloud, and the locale for dates. Easy Swedish (lättläst) is Swedish
 * written simply: its tag is private use on Swedish, read aloud by a Swedish voice.
 */
export const appLanguages = [
  { code: 'sv', name: 'Svenska', dir: 'ltr', speech: 'sv', locale: 'sv-SE' },
  { code: 'sv-x-easy', name: 'Lättläst svenska', dir: 'ltr', speech: 'sv', locale: 'sv-SE' },
  { code: 'en', name: 'English', dir: 'ltr', speech: 'en', locale: 'en-GB' },
  { code: 'ar', name: 'العربية', dir: 'rtl', speech: 'ar', locale: 'ar' },
  { code: 'so', name: 'Soomaali', dir: 'ltr', speech: 'so', locale: 'so' },
  { code: 'ti', name: 'ትግርኛ', dir: 'ltr', speech: 'ti', locale: 'ti' },
  { code: 'prs', name: 'دری', dir: 'rtl', speech: 'fa', locale: 'fa-AF' },
  { code: 'uk', name: 'Українська', dir: 'ltr', speech: 'uk', locale: 'uk' },
] as const;

export type AppLanguage = (typeof appLanguages)[number]['code'];
export type AppLanguageInfo = (typeof appLanguages)[number];

export const isAppLanguage = (code: string | null | undefined): code is AppLanguage =>
  appLanguages.some((l) => l.code === code);

export const languageInfo = (code: AppLanguage): AppLanguageInfo =>
  appLanguages.find((l) => l.code === code) ?? appLanguages[0];

/** Her record keeps ISO 639 codes ('fa' for Persian, which Dari readers read): the first one the app has. */
export function languageOfRecord(languages: readonly string[]): AppLanguage | null {
  for (const raw of languages) {
    const code = raw === 'fa' ? 'prs' : raw;
    if (isAppLanguage(code)) return code;
  }
  return null;
}
