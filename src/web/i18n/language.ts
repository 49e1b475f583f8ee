/** The languages the interface is translated into; Swedish first and the default. */
export const languages = ['sv', 'en'] as const;
export type Language = (typeof languages)[number];
export const defaultLanguage: Language = 'sv';

const storageKey = 'rodtrad.language';

/**
 * Scripts written right to left. Arabic, Persian/Dari, Pashto, Sorani Kurdish, Urdu, Hebrew and others are
 * common first languages among participants, so the interface must turn round when one is added.
 */
const rightToLeft = new Set(['ar', 'fa', 'prs', 'ps', 'ckb', 'ur', 'he', 'yi', 'dv', 'sd', 'ug']);

export function directionOf(language: string): 'ltr' | 'rtl' {
  const base = language.toLowerCase().split(/[-_]/)[0] ?? '';
  return rightToLeft.has(base) ? 'rtl' : 'ltr';
}

export const isLanguage = (value: unknown): value is Language =>
  typeof value === 'string' && (languages as readonly string[]).includes(value);

export function storedLanguage(): Language | null {
  try {
    const value = localStorage.getItem(storageKey);
    return isLanguage(value) ? value : null;
  } catch {
    return null;
  }
}

export function storeLanguage(language: Language): void {
  try {
    localStorage.setItem(storageKey, language);
  } catch {
    // Private mode or storage disabled: the choice lasts for this page only.
  }
}

/** Sets `<html lang dir>` so assistive technology pronounces, and the layout flows, the right way. */
export function applyLanguage(language: string, root: HTMLElement = document.documentElement): void {
  root.lang = language;
  root.dir = directionOf(language);
}
