import { TZDate } from '@date-fns/tz';
import rrule from 'rrule';
import { AppError } from '../lib/errors.ts';

export const timeZone = 'Europe/Stockholm';
/** A series longer than this is a mistake in the rule more often than a plan (a weekly class for four years). */
export const maxOccurrences = 200;

export type Occurrence = { startsAt: Date; endsAt: Date };

const invalid = (message: string) =>
  new AppError('validation', message, { errors: [{ path: ['rrule'], message, code: 'custom' }] });

const dayFormat = new Intl.DateTimeFormat('sv-SE', { timeZone });

/** The Stockholm date (YYYY-MM-DD) of an instant. */
export const stockholmDate = (at: Date): string => dayFormat.format(at);

/** The instant at which a wall-clock time in the zone occurs (daylight saving followed). */
export function zonedInstant(date: string, time: string, zone = timeZone): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [h, min] = time.split(':').map(Number) as [number, number];
  return new Date(new TZDate(y, m - 1, d, h, min, zone).getTime());
}

/**
 * The sessions of a rule (RFC 5545 RRULE without DTSTART) from `date` at `startTime`, in Stockholm wall-clock
 * time: the rule is expanded in "floating" time (UTC fields standing for local ones), then each occurrence is
 * placed in the zone, so a 09:00 class stays at 09:00 across the change to and from summer time. A date-only
 * UNTIL includes its day, as RFC 5545 says.
 */
export function expandRule(input: {
  date: string;
  startTime: string;
  durationMinutes: number;
  rrule: string;
}): Occurrence[] {
  if (/DTSTART|TZID/i.test(input.rrule)) throw invalid('Leave out DTSTART: the first date and time set it.');
  if (!/(^|;)(COUNT|UNTIL)=/.test(input.rrule)) throw invalid('The rule needs an end: COUNT or UNTIL.');
  const rule = input.rrule.replace(/(^|;)UNTIL=(\d{8})(?=;|$)/, '$1UNTIL=$2T235959Z');
  const [y, m, d] = input.date.split('-').map(Number) as [number, number, number];
  const [h, min] = input.startTime.split(':').map(Number) as [number, number];
  let floating: Date[];
  try {
    const parsed = rrule.rrulestr(rule, { dtstart: new Date(Date.UTC(y, m - 1, d, h, min)) });
    floating = parsed.all((_, i) => i <= maxOccurrences);
  } catch {
    throw invalid('The rule could not be read (RFC 5545, e.g. FREQ=WEEKLY;BYDAY=TU,TH;UNTIL=20261218).');
  }
  if (floating.length > maxOccurrences)
    throw invalid(`A series can have at most ${maxOccurrences} sessions.`);
  if (floating.length === 0) throw invalid('The rule gives no sessions.');
  return floating.map((f) => {
    const startsAt = zonedInstant(f.toISOString().slice(0, 10), f.toISOString().slice(11, 16));
    return { startsAt, endsAt: new Date(startsAt.getTime() + input.durationMinutes * 60_000) };
  });
}
