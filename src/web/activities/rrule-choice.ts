/** The days of the week in RFC 5545 order, Monday first as in Sweden. */
export const weekdays = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof weekdays)[number];

/** How often, in plain words: once, every week or every other week. */
export const repeats = ['none', 'weekly', 'biweekly'] as const;
export type Repeat = (typeof repeats)[number];

/** The repetition as the form holds it; until is a date (YYYY-MM-DD), count is text as typed. */
export type RepeatChoice = {
  repeat: Repeat;
  weekdays: Weekday[];
  end: 'until' | 'count';
  until: string;
  count: string;
};

export const noRepeat: RepeatChoice = { repeat: 'none', weekdays: [], end: 'until', until: '', count: '' };

/** What is missing or wrong in a choice, by form field; empty when it can be sent. */
export function repeatProblems(
  choice: RepeatChoice,
  firstDate: string,
): Record<string, 'required' | 'order' | 'count'> {
  if (choice.repeat === 'none') return {};
  if (choice.end === 'until') {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(choice.until)) return { until: 'required' };
    if (firstDate && choice.until < firstDate) return { until: 'order' };
    return {};
  }
  const count = Number(choice.count.trim());
  if (!choice.count.trim() || !Number.isInteger(count) || count < 1 || count > 200) return { count: 'count' };
  return {};
}

/**
 * The RFC 5545 rule for a choice, e.g. every other week on Tuesdays and Thursdays until 18 December:
 * `FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;UNTIL=20261218`. Null for a single session. Without chosen days
 * the series repeats on the first date's weekday.
 */
export function rruleOf(choice: RepeatChoice): string | null {
  if (choice.repeat === 'none') return null;
  const parts = ['FREQ=WEEKLY'];
  if (choice.repeat === 'biweekly') parts.push('INTERVAL=2');
  const days = weekdays.filter((d) => choice.weekdays.includes(d));
  if (days.length) parts.push(`BYDAY=${days.join(',')}`);
  parts.push(
    choice.end === 'until'
      ? `UNTIL=${choice.until.replaceAll('-', '')}`
      : `COUNT=${Number(choice.count.trim())}`,
  );
  return parts.join(';');
}
