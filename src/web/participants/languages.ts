import { commonLanguages } from '#shared/participants.ts';
import { collator } from '#web/lib/format.ts';

const cache = new Map<string, string>();

/** Displays a name in the given locale, or null where the browser does not know the code. */
function displayName(code: string, locale: string): string | null {
  try {
    const name = new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' }).of(code);
    return name ?? null;
  } catch {
    return null;
  }
}

/** A language's name in the language itself (العربية, Soomaali, ትግርኛ), so a participant recognises her own. */
export function nativeName(code: string): string {
  let name = cache.get(code);
  if (name === undefined) {
    name = displayName(code, code) ?? code;
    cache.set(code, name);
  }
  return name;
}

/** A language's name in the interface language (arabiska, Arabic), for staff who cannot read the script. */
export const localName = (code: string, uiLanguage: string): string => displayName(code, uiLanguage) ?? code;

/** The curated languages, in the interface language's alphabetical order of their local names. */
export const languageOptions = (uiLanguage: string) =>
  [...commonLanguages]
    .map((code) => ({ code, native: nativeName(code), local: localName(code, uiLanguage) }))
    .sort((a, b) => collator.compare(a.local, b.local));
