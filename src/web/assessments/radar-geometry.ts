/** Geometry of the radar chart: pure functions of the ratings, so they can be tested without a browser. */

export type Point = { x: number; y: number };
export type Radar = { cx: number; cy: number; radius: number };

/** The scale's top; the rings are drawn at these ratings. */
export const maxRating = 10;
export const rings = [2, 4, 6, 8, 10] as const;
/** With more domains than this, the axes carry numbers and a numbered list names the domains. */
export const maxNamedAxes = 8;

const round = (n: number) => Math.round(n * 100) / 100;

/** Axis i of n, clockwise from straight up (radians, SVG's y grows downwards). */
export const axisAngle = (i: number, n: number): number => -Math.PI / 2 + (2 * Math.PI * i) / n;

/** Where a rating lies on axis i of n: 0 at the centre, maxRating at the rim. */
export function pointOnAxis(r: Radar, i: number, n: number, value: number): Point {
  const length = (Math.min(Math.max(value, 0), maxRating) / maxRating) * r.radius;
  const a = axisAngle(i, n);
  return { x: round(r.cx + length * Math.cos(a)), y: round(r.cy + length * Math.sin(a)) };
}

const pathOf = (points: Point[], closed: boolean) =>
  points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x} ${p.y}`).join(' ') + (closed ? ' Z' : '');

/** A ring: the polygon through the same rating on every axis. */
export const ringPath = (r: Radar, n: number, value: number): string =>
  pathOf(
    Array.from({ length: n }, (_, i) => pointOnAxis(r, i, n, value)),
    true,
  );

export type Shape = {
  /** SVG path data: one closed polygon when every domain is rated, else one open line per run of rated ones. */
  path: string;
  /** A marker for every rated domain, by axis index. */
  markers: (Point & { index: number; value: number })[];
};

/**
 * The polygon of one assessment. Gap rule: a domain without a rating has no vertex, and the outline is broken
 * there rather than drawn through the centre (which would read as a very low rating) or across to the next
 * rated axis (which would invent a value). The outline runs only between neighbouring rated axes, wrapping
 * from the last axis to the first; a rated domain whose neighbours are both unrated is shown by its marker
 * alone. So every rating is visible as a marker, and a missing one as a break.
 */
export function radarShape(r: Radar, values: readonly (number | null)[]): Shape {
  const n = values.length;
  const markers = values.flatMap((value, index) =>
    value === null ? [] : [{ ...pointOnAxis(r, index, n, value), index, value }],
  );
  if (n === 0 || markers.length === 0) return { path: '', markers };
  if (markers.length === n) return { path: pathOf(markers, true), markers };
  // Start the walk just after a gap, so a run that wraps past the last axis stays in one piece.
  const start = values.findIndex((v, i) => v === null && values[(i + 1) % n] !== null) + 1;
  const runs: Point[][] = [];
  let run: Point[] = [];
  for (let k = 0; k < n; k++) {
    const index = (start + k) % n;
    const value = values[index];
    if (value === null || value === undefined) {
      if (run.length > 1) runs.push(run);
      run = [];
    } else run.push(pointOnAxis(r, index, n, value));
  }
  if (run.length > 1) runs.push(run);
  return { path: runs.map((p) => pathOf(p, false)).join(' '), markers };
}

export type AxisLabel = Point & {
  anchor: 'start' | 'middle' | 'end';
  baseline: 'auto' | 'middle' | 'hanging';
};

/**
 * Where axis i's label goes: a little outside the rim, anchored away from the chart so it never covers it
 * (right of the centre starts there, left of it ends there, top and bottom are centred).
 */
export function labelPosition(r: Radar, i: number, n: number, gap = 10): AxisLabel {
  const a = axisAngle(i, n);
  const cos = Math.cos(a);
  const sin = Math.sin(a);
  const anchor = cos > 0.3 ? 'start' : cos < -0.3 ? 'end' : 'middle';
  const baseline = sin < -0.3 ? 'auto' : sin > 0.3 ? 'hanging' : 'middle';
  return {
    x: round(r.cx + (r.radius + gap) * cos),
    y: round(r.cy + (r.radius + gap) * sin),
    anchor,
    baseline,
  };
}

/** A long label as lines of at most `width` characters, broken at spaces (a longer word keeps its line). */
export function wrapLabel(label: string, width = 14): string[] {
  const lines: string[] = [];
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= width)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** Whether the axes are named by number (with a numbered list beside the chart) or by the domain's name. */
export const numberedAxes = (n: number): boolean => n > maxNamedAxes;
