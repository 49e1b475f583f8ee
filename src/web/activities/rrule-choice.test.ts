import { describe, expect, it } from 'vitest';
import { noRepeat, repeatProblems, rruleOf } from './rrule-choice.ts';

describe('the repetition in plain words as an RRULE', () => {
  it('gives no rule for a single session', () => {
    expect(rruleOf(noRepeat)).toBeNull();
    expect(repeatProblems(noRepeat, '2026-09-01')).toEqual({});
  });

  it('writes every other week on chosen days until a date, the days in week order', () => {
    const choice = {
      ...noRepeat,
      repeat: 'biweekly' as const,
      weekdays: ['TH' as const, 'TU' as const],
      until: '2026-12-18',
    };
    expect(rruleOf(choice)).toBe('FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;UNTIL=20261218');
    expect(repeatProblems(choice, '2026-09-01')).toEqual({});
  });

  it('writes every week for a number of times, on the first date’s weekday without chosen days', () => {
    const choice = { ...noRepeat, repeat: 'weekly' as const, end: 'count' as const, count: ' 10 ' };
    expect(rruleOf(choice)).toBe('FREQ=WEEKLY;COUNT=10');
  });

  it('names what is missing: an end date, one before the start, or a count outside 1–200', () => {
    const weekly = { ...noRepeat, repeat: 'weekly' as const };
    expect(repeatProblems(weekly, '2026-09-01')).toEqual({ until: 'required' });
    expect(repeatProblems({ ...weekly, until: '2026-08-01' }, '2026-09-01')).toEqual({ until: 'order' });
    for (const count of ['', '0', '2.5', '201', 'tio']) {
      expect(repeatProblems({ ...weekly, end: 'count', count }, '2026-09-01')).toEqual({ count: 'count' });
    }
  });
});
