/**
 * Okabe–Ito colours, told apart with the common colour-vision deficiencies, each at least 3:1 against white;
 * every series also has its own pattern (bars) or dash and marker (lines), so colour is never the only cue.
 */
export const palette = [
  { colour: '#0072B2', dash: '', marker: 'circle', pattern: 'solid' },
  { colour: '#D55E00', dash: '6 3', marker: 'square', pattern: 'stripes' },
  { colour: '#007A5E', dash: '2 3', marker: 'triangle', pattern: 'dots' },
  { colour: '#AA4499', dash: '10 3 2 3', marker: 'diamond', pattern: 'cross' },
] as const;

export type SeriesStyle = (typeof palette)[number];

export const styleOf = (i: number): SeriesStyle => palette[i % palette.length]!;

/** A round upper bound for an axis and its ticks (1, 2 or 5 times a power of ten per step). */
export function niceScale(max: number, ticks = 4): { top: number; step: number } {
  if (max <= 0) return { top: ticks, step: 1 };
  const raw = max / ticks;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw)!;
  const whole = Math.max(1, Math.round(step));
  const useStep = max < ticks ? 1 : step < 1 ? whole : step;
  return { top: Math.ceil(max / useStep) * useStep, step: useStep };
}
