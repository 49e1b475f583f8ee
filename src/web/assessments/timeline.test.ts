import { describe, expect, it } from 'vitest';
import { runs, timelines, timePositions, yOf } from './timeline.ts';

const a = (
  assessedOn: string,
  domains: Record<string, { rating?: number | null; selfRating?: number | null }>,
) => ({
  assessedOn,
  domains,
});

describe('over-time data', () => {
  it('spaces assessments by date between the first and the last', () => {
    expect(timePositions(['2026-01-01', '2026-01-11', '2026-01-21'])).toEqual([0, 0.5, 1]);
    expect(timePositions(['2026-01-01', '2026-01-01'])).toEqual([0, 1]);
    expect(timePositions(['2026-01-01'])).toEqual([0.5]);
    expect(timePositions([])).toEqual([]);
  });

  it('collects each domain’s ratings by date, whatever order the assessments come in', () => {
    const result = timelines(
      [
        a('2026-04-10', { health: { rating: 6, selfRating: 5 } }),
        a('2026-01-10', { health: { rating: 3, selfRating: 5 }, housing: { rating: 7 } }),
      ],
      ['health', 'housing', 'economy'],
    );
    expect(result.dates).toEqual(['2026-01-10', '2026-04-10']);
    const [health, housing, economy] = result.domains;
    expect(health?.staff.map((p) => [p.x, p.value])).toEqual([
      [0, 3],
      [1, 6],
    ]);
    expect(health?.self.map((p) => p.value)).toEqual([5, 5]);
    expect(health?.latest).toMatchObject({ date: '2026-04-10', value: 6 });
    expect(housing?.staff).toEqual([{ index: 0, date: '2026-01-10', x: 0, value: 7 }]);
    expect(housing?.self).toEqual([]);
    expect(economy).toEqual({ key: 'economy', staff: [], self: [], latest: null });
  });

  it('treats a null rating as not rated', () => {
    const [d] = timelines([a('2026-01-10', { health: { rating: null, selfRating: 4 } })], ['health']).domains;
    expect(d?.staff).toEqual([]);
    expect(d?.latest).toBeNull();
    expect(d?.self).toHaveLength(1);
  });

  it('breaks a line where an assessment did not rate the domain', () => {
    const [d] = timelines(
      [
        a('2026-01-01', { x: { rating: 2 } }),
        a('2026-02-01', { x: { rating: 3 } }),
        a('2026-03-01', {}),
        a('2026-04-01', { x: { rating: 5 } }),
        a('2026-05-01', { x: { rating: 6 } }),
        a('2026-06-01', {}),
        a('2026-07-01', { x: { rating: 8 } }),
      ],
      ['x'],
    ).domains;
    expect(runs(d?.staff ?? []).map((run) => run.map((p) => p.value))).toEqual([
      [2, 3],
      [5, 6],
    ]);
  });

  it('puts 10 at the top and 1 at the bottom', () => {
    expect(yOf(10, 5, 90)).toBe(5);
    expect(yOf(1, 5, 90)).toBe(95);
  });
});
