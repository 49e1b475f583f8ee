import { timeZone } from '#web/lib/format.ts';

export type ContactValues = {
  kind: string;
  date: string;
  time: string;
  languageSupport: string;
  language: string;
  note: string;
};

/** Minutes east of UTC that Stockholm is at the given instant (60 in winter, 120 in summer). */
function stockholmOffset(instant: number): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(new Date(instant));
  const n = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const local = Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'));
  return Math.round((local - instant) / 60_000);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A date and a time on the wall clock in Stockholm as an ISO timestamp with its offset, or '' if unreadable. */
export function stockholmTimestamp(date: string, time: string): string {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const h = /^(\d{2}):(\d{2})$/.exec(time);
  if (!d || !h) return '';
  const wall = Date.UTC(+d[1]!, +d[2]! - 1, +d[3]!, +h[1]!, +h[2]!);
  // The offset at the wall time read as UTC is right except within the hour of a change; check once more.
  let offset = stockholmOffset(wall - stockholmOffset(wall) * 60_000);
  offset = stockholmOffset(wall - offset * 60_000);
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  return `${date}T${time}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** The form's values as the API wants them. */
export const contactInput = (v: ContactValues) => ({
  kind: v.kind,
  happenedAt: stockholmTimestamp(v.date, v.time),
  languageSupport: v.languageSupport,
  language: v.languageSupport === 'none' ? null : v.language || null,
  note: v.note.trim() || null,
});
