import ical, { ICalEventStatus } from 'ical-generator';
import { placementKindLabels } from '#shared/placements.ts';
import type { ScheduleEventRow } from '../schedule/events.ts';

export type FeedEvent = {
  id: string;
  title: string;
  place: string | null;
  online_url: string | null;
  starts_at: Date;
  ends_at: Date;
  cancelled: boolean;
  version: number;
  /** A whole-day event (a placement): starts_at and ends_at are midnights in UTC, the end exclusive. */
  allDay?: boolean;
};

const utcMidnight = (day: string, plusDays = 0) => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + plusDays);
  return d;
};

/**
 * A schedule row as a feed event. A placement is titled by its kind and the employer ("Praktik: Solgårdens
 * äldreboende") and is all day: its dates as UTC midnights, the end the day after its last (exclusive).
 */
export function feedEvent(row: ScheduleEventRow): FeedEvent {
  if (row.kind !== 'placement' || !row.first_day || !row.last_day) return row;
  return {
    ...row,
    title: row.placement_kind ? `${placementKindLabels[row.placement_kind].sv}: ${row.title}` : row.title,
    starts_at: utcMidnight(row.first_day),
    ends_at: utcMidnight(row.last_day, 1),
    allDay: true,
  };
}

/**
 * An RFC 5545 calendar: each session its own event with a stable UID, times in UTC (calendars show them in
 * the reader's zone), a cancelled session as STATUS:CANCELLED so calendars drop it, and SEQUENCE from the
 * session's version so a moved session replaces the old one. An all-day event is written as dates
 * (DTSTART;VALUE=DATE), which ical-generator takes from the UTC date of a Date when the calendar has no zone.
 */
export function renderFeed(events: FeedEvent[]): string {
  const calendar = ical({
    name: 'Rödtråd',
    prodId: { company: 'Rödtråd', product: 'rodtrad', language: 'SV' },
    ttl: 60 * 60,
  });
  for (const e of events) {
    calendar.createEvent({
      id: `${e.id}@rodtrad`,
      sequence: e.version,
      start: e.starts_at,
      end: e.ends_at,
      allDay: e.allDay ?? false,
      stamp: new Date(),
      summary: e.title,
      location: e.place ?? e.online_url ?? null,
      url: e.online_url ?? null,
      status: e.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}
