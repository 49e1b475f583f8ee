/**
 * The days a week or month view shows, as Stockholm calendar dates (YYYY-MM-DD). Dates are plain calendar
 * days, so they are computed in UTC fields, where no daylight-saving change can shift them.
 */
export type ScheduleView = 'week' | 'month';
export type SchedulePeriod = { view: ScheduleView; anchor: string; from: string; to: string; days: string[] };

const toDate = (day: string) => new Date(`${day}T00:00:00Z`);
const toDay = (date: Date) => date.toISOString().slice(0, 10);

export function addDays(day: string, n: number): string {
  const d = toDate(day);
  d.setUTCDate(d.getUTCDate() + n);
  return toDay(d);
}

/** The Monday of the ISO week a day is in. */
export const mondayOf = (day: string): string => addDays(day, -((toDate(day).getUTCDay() + 6) % 7));

const firstOfMonth = (day: string) => `${day.slice(0, 7)}-01`;

function lastOfMonth(day: string): string {
  const d = toDate(firstOfMonth(day));
  d.setUTCMonth(d.getUTCMonth() + 1, 0);
  return toDay(d);
}

/** A week from Monday to Sunday; a month as whole weeks, from the Monday before the 1st to the Sunday after the last. */
export function periodOf(view: ScheduleView, anchor: string): SchedulePeriod {
  const from = view === 'week' ? mondayOf(anchor) : mondayOf(firstOfMonth(anchor));
  const to = view === 'week' ? addDays(from, 6) : addDays(mondayOf(lastOfMonth(anchor)), 6);
  const days: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) days.push(day);
  return { view, anchor, from, to, days };
}

/** The anchor of the week or month before (-1) or after (+1). */
export function stepAnchor(view: ScheduleView, anchor: string, direction: -1 | 1): string {
  if (view === 'week') return addDays(anchor, 7 * direction);
  const d = toDate(firstOfMonth(anchor));
  d.setUTCMonth(d.getUTCMonth() + direction);
  return toDay(d);
}

/** Whether a day belongs to the anchor's month (a month view greys out the days around it). */
export const inMonth = (day: string, anchor: string): boolean => day.slice(0, 7) === anchor.slice(0, 7);

type Timed = { startsAt: string; endsAt: string; days: { first: string; last: string } | null };

/**
 * The events on one Stockholm day: a timed event on the day it starts, a placement on each of its days.
 * `dayOf` gives an instant's Stockholm date.
 */
export function eventsOn<T extends Timed>(
  events: readonly T[],
  day: string,
  dayOf: (iso: string) => string,
): T[] {
  return events.filter((e) =>
    e.days ? e.days.first <= day && day <= e.days.last : dayOf(e.startsAt) === day,
  );
}
