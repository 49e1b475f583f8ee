import type { TFunction } from 'i18next';
import { historyKinds, type HistoryKind } from '#shared/same-person.ts';

/** The kinds counted for staff: every kind but the journal, whose count would tell how many entries they may not read. */
const countedKinds = historyKinds.filter(
  (k): k is Exclude<HistoryKind, 'journal_entries'> => k !== 'journal_entries',
);

/** Counts per kind as words ("2 kontakter"), leaving out the kinds with none. */
export const countsInWords = (t: TFunction, counts: Partial<Record<HistoryKind, number>>): string[] =>
  countedKinds
    .filter((kind) => (counts[kind] ?? 0) > 0)
    .map((kind) => t(`samePerson.kinds.${kind}`, { count: counts[kind] ?? 0 }));

const listLocales: Record<string, string> = { sv: 'sv-SE', en: 'en-GB' };

/** "a, b och c" in the interface language. */
export const joinWords = (words: string[], lang: string): string =>
  new Intl.ListFormat(listLocales[lang] ?? lang, { type: 'conjunction' }).format(words);
