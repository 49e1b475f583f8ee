import { formatDate } from '#web/lib/format.ts';

/** A date field's value in words for the conflict notice; anything but a whole date is left as typed. */
export const dateInWords = (value: unknown, lang: string): string | undefined =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDate(value, lang) : undefined;
