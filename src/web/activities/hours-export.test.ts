import { describe, expect, it } from 'vitest';
import { hoursExportUrl, isMonth, markOf } from './hours-export.ts';

describe('hoursExportUrl', () => {
  it('points at one activity’s file or the unit’s, with headers in the interface language', () => {
    expect(hoursExportUrl({ activityId: 'a/b', month: '2026-03', format: 'csv', language: 'sv' })).toBe(
      '/api/activities/a%2Fb/attendance/export?month=2026-03&format=csv&lang=sv',
    );
    expect(hoursExportUrl({ month: '2026-03', format: 'xlsx', language: 'en-GB' })).toBe(
      '/api/attested-hours/export?month=2026-03&format=xlsx&lang=en',
    );
    expect(hoursExportUrl({ month: '2026-03', format: 'xlsx', language: 'ar' })).toContain('lang=sv');
  });
});

describe('isMonth', () => {
  it('takes a month as the month field gives it, nothing else', () => {
    expect(isMonth('2026-03')).toBe(true);
    expect(isMonth('2026-13')).toBe(false);
    expect(isMonth('2026-3')).toBe(false);
    expect(isMonth('')).toBe(false);
  });
});

describe('markOf', () => {
  const session = {
    sessionId: '0',
    activityId: '0',
    title: 'Svenska',
    startsAt: '2026-03-01T09:00:00.000Z',
    endsAt: '2026-03-01T10:00:00.000Z',
    cancelledAt: null,
    status: null,
  };
  it('says cancelled before any mark, and not marked when there is none', () => {
    expect(markOf(session)).toBe('notMarked');
    expect(markOf({ ...session, status: 'excused' })).toBe('excused');
    expect(markOf({ ...session, status: 'present', cancelledAt: '2026-03-02T00:00:00.000Z' })).toBe(
      'cancelled',
    );
  });
});
