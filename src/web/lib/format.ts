/** Dates are shown in Swedish time whatever the browser's zone: the programmes run in Sweden. */
export const timeZone = 'Europe/Stockholm';

/** English is written for readers in Europe: day before month, 24-hour clock. */
const formattingLocales: Record<string, string> = { sv: 'sv-SE', en: 'en-GB' };

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(lang: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}:${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(formattingLocales[lang] ?? lang, options);
    cache.set(key, f);
  }
  return f;
}

/** An instant (ISO timestamp) as date and time in Stockholm. */
export const formatDateTime = (iso: string, lang: string): string =>
  formatter(lang, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(new Date(iso));

const utcDay = (isoDate: string) => new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);

/** A calendar date (YYYY-MM-DD): no time zone applies, so it is formatted as that day in UTC. */
export const formatDate = (isoDate: string, lang: string): string =>
  formatter(lang, { dateStyle: 'medium', timeZone: 'UTC' }).format(utcDay(isoDate));

/** An instant's time of day in Stockholm (09:00). */
export const formatTime = (iso: string, lang: string): string =>
  formatter(lang, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }).format(new Date(iso));

/** A calendar date with its weekday ("måndag 22 mars"), or the weekday's short name alone ("mån"). */
export const formatWeekday = (isoDate: string, lang: string, style: 'long' | 'name' = 'long'): string =>
  formatter(
    lang,
    style === 'long'
      ? { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }
      : { weekday: 'short', timeZone: 'UTC' },
  ).format(utcDay(isoDate));

/** A calendar date's month and year ("mars 2027"). */
export const formatMonth = (isoDate: string, lang: string): string =>
  formatter(lang, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(utcDay(isoDate));

/** Swedish alphabetical order (å, ä, ö after z) wherever the client sorts names. */
export const collator = new Intl.Collator('sv');

export const sortBy = <T>(items: readonly T[], key: (item: T) => string): T[] =>
  [...items].sort((a, b) => collator.compare(key(a), key(b)));

/** Today's date (YYYY-MM-DD) in Stockholm, the default for dates staff record. */
export const todayIso = (now = new Date()): string =>
  formatter('sv', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone }).format(now);
