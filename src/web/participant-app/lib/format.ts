import type { AppLanguageInfo } from './languages.ts';

const zone = 'Europe/Stockholm';

export const formatDateTime = (date: Date, language: AppLanguageInfo): string =>
  new Intl.DateTimeFormat(language.locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: zone,
  }).format(date);

export const formatTime = (date: Date, language: AppLanguageInfo): string =>
  new Intl.DateTimeFormat(language.locale, { timeStyle: 'short', timeZone: zone }).format(date);

/** A day as "måndag 30 november". */
export const formatDay = (date: Date, language: AppLanguageInfo): string =>
  new Intl.DateTimeFormat(language.locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: zone,
  }).format(date);

/** A plain date (yyyy-mm-dd, a Stockholm day) as "30 november 2026". */
export const formatDate = (isoDate: string, language: AppLanguageInfo): string =>
  new Intl.DateTimeFormat(language.locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
