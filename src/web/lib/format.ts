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

/** A calendar date (YYYY-MM-DD): no time zone applies, so it is formatted as that day in UTC. */
export const formatDate = (isoDate: string, lang: string): string =>
  formatter(lang, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${isoDate.slice(0, 10)}T00:00:00Z`),
  );

/** Swedish alphabetical order (å, ä, ö after z) wherever the client sorts names. */
export const collator = new Intl.Collator('sv');

export const sortBy = <T>(items: readonly T[], key: (item: T) => string): T[] =>
  [...items].sort((a, b) => collator.compare(key(a), key(b)));

/** Today's date (YYYY-MM-DD) in Stockholm, the default for dates staff record. */
export const todayIso = (now = new Date()): string =>
  formatter('sv', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone }).format(now);
