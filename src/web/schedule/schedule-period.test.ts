import { describe, expect, it } from 'vitest';
import { todayIso } from '#web/lib/format.ts';
import { eventsOn, inMonth, mondayOf, periodOf, stepAnchor } from './schedule-period.ts';

describe('schedule periods', () => {
  it('run a week from Monday to Sunday, across the change to summer time', () => {
    const week = periodOf('week', '2027-03-25');
    expect([week.from, week.to]).toEqual(['2027-03-22', '2027-03-28']);
    expect(week.days).toHaveLength(7);
    expect(mondayOf('2027-03-22')).toBe('2027-03-22');
    expect(mondayOf('2027-03-28')).toBe('2027-03-22');
    expect(periodOf('week', '2027-03-29').days[6]).toBe('2027-04-04');
  });

  it('show a month as whole weeks, at most six of them', () => {
    const march = periodOf('month', '2027-03-25');
    expect([march.from, march.to]).toEqual(['2027-03-01', '2027-04-04']);
    expect(march.days).toHaveLength(35);
    // August 2027 starts on a Sunday and ends on a Tuesday: six rows.
    const august = periodOf('month', '2027-08-15');
    expect([august.from, august.to, august.days.length]).toEqual(['2027-07-26', '2027-09-05', 42]);
    expect(inMonth('2027-07-31', '2027-08-15')).toBe(false);
    expect(inMonth('2027-08-31', '2027-08-15')).toBe(true);
  });

  it('step a week or a month at a time, across the turn of a year', () => {
    expect(stepAnchor('week', '2026-12-30', 1)).toBe('2027-01-06');
    expect(stepAnchor('month', '2027-01-31', -1)).toBe('2026-12-01');
    expect(stepAnchor('month', '2027-01-31', 1)).toBe('2027-02-01');
  });

  it('put a timed event on the Stockholm day it starts and a placement on each of its days', () => {
    const dayOf = (iso: string) => todayIso(new Date(iso));
    const late = { id: 'late', startsAt: '2027-03-28T22:30:00Z', endsAt: '2027-03-28T23:00:00Z', days: null };
    const placement = {
      id: 'placement',
      startsAt: '2027-03-28T22:00:00Z',
      endsAt: '2027-04-02T22:00:00Z',
      days: { first: '2027-03-29', last: '2027-04-02' },
    };
    const events = [late, placement];
    expect(eventsOn(events, '2027-03-28', dayOf).map((e) => e.id)).toEqual([]);
    expect(eventsOn(events, '2027-03-29', dayOf).map((e) => e.id)).toEqual(['late', 'placement']);
    expect(eventsOn(events, '2027-04-02', dayOf).map((e) => e.id)).toEqual(['placement']);
    expect(eventsOn(events, '2027-04-03', dayOf).map((e) => e.id)).toEqual([]);
  });
});
