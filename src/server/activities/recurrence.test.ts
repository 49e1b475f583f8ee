import { describe, expect, it } from 'vitest';
import { expandRule, zonedInstant } from './recurrence.ts';

const iso = (d: Date) => d.toISOString();

describe('sessions of a recurring series in Stockholm time', () => {
  it('keeps a 09:00 class at 09:00 across the change to summer time and back', () => {
    const spring = expandRule({
      date: '2026-03-24',
      startTime: '09:00',
      durationMinutes: 90,
      rrule: 'FREQ=WEEKLY;COUNT=2',
    });
    expect(spring.map((o) => iso(o.startsAt))).toEqual([
      '2026-03-24T08:00:00.000Z',
      '2026-03-31T07:00:00.000Z',
    ]);
    expect(iso(spring[1]!.endsAt)).toBe('2026-03-31T08:30:00.000Z');
    const autumn = expandRule({
      date: '2026-10-20',
      startTime: '09:00',
      durationMinutes: 60,
      rrule: 'FREQ=WEEKLY;COUNT=2',
    });
    expect(autumn.map((o) => iso(o.startsAt))).toEqual([
      '2026-10-20T07:00:00.000Z',
      '2026-10-27T08:00:00.000Z',
    ]);
  });

  it('follows BYDAY and counts a date-only UNTIL as the whole day', () => {
    const sessions = expandRule({
      date: '2026-11-30',
      startTime: '13:15',
      durationMinutes: 120,
      rrule: 'FREQ=WEEKLY;BYDAY=MO,WE;UNTIL=20261209',
    });
    expect(sessions.map((o) => iso(o.startsAt))).toEqual([
      '2026-11-30T12:15:00.000Z',
      '2026-12-02T12:15:00.000Z',
      '2026-12-07T12:15:00.000Z',
      '2026-12-09T12:15:00.000Z',
    ]);
  });

  it('refuses rules without an end, with DTSTART, unreadable, or too long', () => {
    const base = { date: '2026-11-30', startTime: '09:00', durationMinutes: 60 };
    expect(() => expandRule({ ...base, rrule: 'FREQ=WEEKLY' })).toThrow(/COUNT or UNTIL/);
    expect(() => expandRule({ ...base, rrule: 'FREQ=WEEKLY;COUNT=2;DTSTART=20260101T090000' })).toThrow(
      /DTSTART/,
    );
    expect(() => expandRule({ ...base, rrule: 'FREQ=WEEKLY;BYDAY=XX;COUNT=2' })).toThrow(/could not be read/);
    expect(() => expandRule({ ...base, rrule: 'FREQ=DAILY;COUNT=400' })).toThrow(/at most 200/);
  });

  it('places a one-off wall-clock time in the zone', () => {
    expect(iso(zonedInstant('2026-07-01', '10:00'))).toBe('2026-07-01T08:00:00.000Z');
    expect(iso(zonedInstant('2026-12-01', '10:00'))).toBe('2026-12-01T09:00:00.000Z');
  });
});
