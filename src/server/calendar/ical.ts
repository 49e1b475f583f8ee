import ical, { ICalEventStatus } from 'ical-generator';

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
