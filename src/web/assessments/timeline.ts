import type { Assessment } from '#shared/assessments.ts';

/** One rating in the over-time chart: which assessment (by date order), where on the time axis (0–1), what. */
export type TimelinePoint = { index: number; date: string; x: number; value: number };

export type DomainTimeline = {
  key: string;
  staff: TimelinePoint[];
  self: TimelinePoint[];
  /** The staff's latest rating, labelled on the chart. */
  latest: TimelinePoint | null;
};

export type Timelines = { dates: string[]; domains: DomainTimeline[] };

const day = (isoDate: string) => Date.parse(`${isoDate.slice(0, 10)}T00:00:00Z`) / 86_400_000;

/**
 * Where each assessment lies on the time axis, 0 at the first and 1 at the last, spaced by date. When they
 * all share a date they are spread evenly instead; a single one stands in the middle.
 */
export function timePositions(dates: readonly string[]): number[] {
  if (dates.length === 0) return [];
  const first = day(dates[0] ?? '');
  const span = day(dates[dates.length - 1] ?? '') - first;
  if (span > 0) return dates.map((d) => (day(d) - first) / span);
  return dates.length === 1 ? [0.5] : dates.map((_, i) => i / (dates.length - 1));
}

/** Every domain's ratings (the staff's and her own) across all of a participant's assessments, by date. */
export function timelines(
  assessments: readonly Pick<Assessment, 'assessedOn' | 'domains'>[],
  domainKeys: readonly string[],
): Timelines {
  const byDate = [...assessments].sort((a, b) => a.assessedOn.localeCompare(b.assessedOn));
  const dates = byDate.map((a) => a.assessedOn);
  const xs = timePositions(dates);
  const series = (key: string, field: 'rating' | 'selfRating') =>
    byDate.flatMap((a, index) => {
      const value = a.domains[key]?.[field];
      return value === null || value === undefined
        ? []
        : [{ index, date: a.assessedOn, x: xs[index] ?? 0, value }];
    });
  return {
    dates,
    domains: domainKeys.map((key) => {
      const staff = series(key, 'rating');
      return { key, staff, self: series(key, 'selfRating'), latest: staff[staff.length - 1] ?? null };
    }),
  };
}

/**
 * The stretches of a line. Gap rule, as in the radar chart: an assessment that did not rate the domain
 * breaks the line there rather than being bridged; a rating with no rated neighbour shows as its marker alone.
 */
export function runs(points: readonly TimelinePoint[]): TimelinePoint[][] {
  const out: TimelinePoint[][] = [];
  for (const p of points) {
    const run = out[out.length - 1];
    const last = run?.[run.length - 1];
    if (run && last && p.index === last.index + 1) run.push(p);
    else out.push([p]);
  }
  return out.filter((run) => run.length > 1);
}

/** A rating's height in a chart of the given top and height: 10 at the top, 1 at the bottom. */
export const yOf = (value: number, top: number, height: number): number =>
  Math.round((top + ((10 - value) / 9) * height) * 100) / 100;
