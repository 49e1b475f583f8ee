import { TZDate } from '@date-fns/tz';
import { timeZone } from '#web/lib/format.ts';

/** The instant of a Stockholm wall-clock date and time (daylight saving followed), as ISO. */
export function stockholmInstant(date: string, time: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [h, min] = time.split(':').map(Number) as [number, number];
  return new Date(new TZDate(y, m - 1, d, h, min, timeZone).getTime()).toISOString();
}

const parts = new Intl.DateTimeFormat('sv-SE', {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone,
});

/** An instant as its Stockholm date (YYYY-MM-DD) and time (HH:MM), for the form. */
export function stockholmParts(iso: string): { date: string; time: string } {
  const p = Object.fromEntries(parts.formatToParts(new Date(iso)).map((x) => [x.type, x.value]));
  return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}` };
}
