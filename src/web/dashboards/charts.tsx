import type { ReactNode } from 'react';
import { niceScale, styleOf, type SeriesStyle } from './chart-palette.ts';

/** One series to draw: a value per category, `hidden` where the server hid a small count. */
export type Series = { key: string; label: string; values: (number | 'hidden' | null)[] };

type ChartProps = {
  id: string;
  title: string;
  description: string;
  categories: string[];
  series: Series[];
  hiddenMark: string;
  format: (n: number) => string;
};

const font = 'system-ui, -apple-system, Segoe UI, Roboto, Noto Sans, Liberation Sans, Arial, sans-serif';
const ink = '#1b1b1b';
const muted = '#4a4f55';
const grid = '#d7d5d2';

/** The patterns that tell bar series apart without colour. */
function Patterns({ id, count }: { id: string; count: number }) {
  return (
    <defs>
      {Array.from({ length: count }, (_, i) => {
        const s = styleOf(i);
        return (
          <pattern key={i} id={`${id}-pattern-${i}`} width="8" height="8" patternUnits="userSpaceOnUse">
            <rect width="8" height="8" fill={s.colour} />
            {s.pattern === 'stripes' && (
              <path d="M-2 10 L10 -2 M-2 2 L2 -2 M6 10 L10 6" stroke="#fff" strokeWidth="2" />
            )}
            {s.pattern === 'dots' && <circle cx="4" cy="4" r="1.6" fill="#fff" />}
            {s.pattern === 'cross' && <path d="M0 4 H8 M4 0 V8" stroke="#fff" strokeWidth="1.5" />}
          </pattern>
        );
      })}
      <pattern id={`${id}-hidden`} width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" fill="#fff" />
        <path d="M0 6 L6 0" stroke={muted} strokeWidth="1" />
      </pattern>
    </defs>
  );
}

function Marker({ style, x, y }: { style: SeriesStyle; x: number; y: number }) {
  const common = { fill: style.colour, stroke: '#fff', strokeWidth: 1 };
  if (style.marker === 'square') return <rect x={x - 4} y={y - 4} width="8" height="8" {...common} />;
  if (style.marker === 'triangle')
    return <path d={`M${x} ${y - 5} L${x + 5} ${y + 4} L${x - 5} ${y + 4} Z`} {...common} />;
  if (style.marker === 'diamond')
    return <path d={`M${x} ${y - 5} L${x + 5} ${y} L${x} ${y + 5} L${x - 5} ${y} Z`} {...common} />;
  return <circle cx={x} cy={y} r="4" {...common} />;
}

/** The legend across the top, inside the drawing so that a saved picture keeps it. */
function Legend({ id, series, line, width }: { id: string; series: Series[]; line: boolean; width: number }) {
  const offsets = series.map((_, i) =>
    series.slice(0, i).reduce((sum, s) => sum + 34 + s.label.length * 7, 0),
  );
  return (
    <g transform="translate(0 4)">
      {series.map((s, i) => {
        const style = styleOf(i);
        const at = offsets[i]!;
        if (at > width) return null;
        return (
          <g key={s.key} transform={`translate(${at} 0)`}>
            {line ? (
              <>
                <line
                  x1="0"
                  x2="22"
                  y1="8"
                  y2="8"
                  stroke={style.colour}
                  strokeWidth="2.5"
                  strokeDasharray={style.dash}
                />
                <Marker style={style} x={11} y={8} />
              </>
            ) : (
              <rect
                width="22"
                height="14"
                y="1"
                fill={`url(#${id}-pattern-${i})`}
                stroke={ink}
                strokeWidth="0.5"
              />
            )}
            <text x="28" y="12" fontSize="12" fill={ink} fontFamily={font}>
              {s.label}
            </text>
          </g>
        );
      })}
    </g>
  );
}

function Svg({
  id,
  title,
  description,
  width,
  height,
  children,
}: {
  id: string;
  title: string;
  description: string;
  width: number;
  height: number;
  children: ReactNode;
}) {
  return (
    <svg
      className="chart"
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      data-chart={id}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      <rect width={width} height={height} fill="#fff" />
      {children}
    </svg>
  );
}

const numbersOf = (series: Series[]) =>
  series.flatMap((s) => s.values).filter((v): v is number => typeof v === 'number');

/** Months along the bottom, a line per series; a hidden count breaks the line and is marked below it. */
export function LineChart({ id, title, description, categories, series, hiddenMark, format }: ChartProps) {
  const width = 640;
  const height = 300;
  const left = 48;
  const top = 36;
  const bottom = 44;
  const plotW = width - left - 16;
  const plotH = height - top - bottom;
  const { top: max, step } = niceScale(Math.max(0, ...numbersOf(series)));
  const x = (i: number) => left + (categories.length < 2 ? plotW / 2 : (i * plotW) / (categories.length - 1));
  const y = (v: number) => top + plotH - (v / max) * plotH;
  const ticks = Array.from({ length: Math.round(max / step) + 1 }, (_, i) => i * step);
  const labelEvery = Math.ceil(categories.length / 8);
  return (
    <Svg id={id} title={title} description={description} width={width} height={height}>
      <Legend id={id} series={series} line width={width} />
      {ticks.map((t) => (
        <g key={t}>
          <line x1={left} x2={width - 16} y1={y(t)} y2={y(t)} stroke={grid} />
          <text x={left - 6} y={y(t) + 4} fontSize="11" textAnchor="end" fill={muted} fontFamily={font}>
            {format(t)}
          </text>
        </g>
      ))}
      {categories.map((c, i) =>
        i % labelEvery === 0 ? (
          <text
            key={c}
            x={x(i)}
            y={height - bottom + 16}
            fontSize="11"
            textAnchor={
              categories.length > 1 && i === 0
                ? 'start'
                : categories.length > 1 && i === categories.length - 1
                  ? 'end'
                  : 'middle'
            }
            fill={muted}
            fontFamily={font}
          >
            {c}
          </text>
        ) : null,
      )}
      {series.map((s, si) => {
        const style = styleOf(si);
        const runs: string[] = [];
        let run = '';
        s.values.forEach((v, i) => {
          if (typeof v === 'number') run += `${run ? ' L' : 'M'}${x(i)} ${y(v)}`;
          else if (run) {
            runs.push(run);
            run = '';
          }
        });
        if (run) runs.push(run);
        return (
          <g key={s.key}>
            {runs.map((d) => (
              <path
                key={d}
                d={d}
                fill="none"
                stroke={style.colour}
                strokeWidth="2.5"
                strokeDasharray={style.dash}
              />
            ))}
            {s.values.map((v, i) =>
              typeof v === 'number' ? (
                <Marker key={i} style={style} x={x(i)} y={y(v)} />
              ) : v === 'hidden' ? (
                <text
                  key={i}
                  x={x(i)}
                  y={top + plotH - 4 - si * 12}
                  fontSize="10"
                  textAnchor="middle"
                  fill={style.colour}
                  fontFamily={font}
                >
                  {hiddenMark}
                </text>
              ) : null,
            )}
          </g>
        );
      })}
      <line x1={left} x2={width - 16} y1={top + plotH} y2={top + plotH} stroke={ink} />
    </Svg>
  );
}

/** Categories down the side (their names can be long), a bar per series; a hidden count is a hatched stub. */
export function BarChart({ id, title, description, categories, series, hiddenMark, format }: ChartProps) {
  const width = 640;
  const left = 190;
  const top = 36;
  const barH = 14;
  const groupH = series.length * barH + 12;
  const height = top + categories.length * groupH + 28;
  const plotW = width - left - 56;
  const { top: max, step } = niceScale(Math.max(0, ...numbersOf(series)));
  const w = (v: number) => (v / max) * plotW;
  const ticks = Array.from({ length: Math.round(max / step) + 1 }, (_, i) => i * step);
  const plotBottom = top + categories.length * groupH;
  return (
    <Svg id={id} title={title} description={description} width={width} height={height}>
      <Patterns id={id} count={series.length} />
      <Legend id={id} series={series} line={false} width={width} />
      {ticks.map((t) => (
        <g key={t}>
          <line x1={left + w(t)} x2={left + w(t)} y1={top} y2={plotBottom} stroke={grid} />
          <text
            x={left + w(t)}
            y={plotBottom + 16}
            fontSize="11"
            textAnchor="middle"
            fill={muted}
            fontFamily={font}
          >
            {format(t)}
          </text>
        </g>
      ))}
      {categories.map((c, ci) => {
        const gy = top + ci * groupH + 6;
        return (
          <g key={c}>
            <text
              x={left - 8}
              y={gy + (series.length * barH) / 2 + 4}
              fontSize="12"
              textAnchor="end"
              fill={ink}
              fontFamily={font}
            >
              {c.length > 28 ? `${c.slice(0, 27)}…` : c}
            </text>
            {series.map((s, si) => {
              const v = s.values[ci];
              const by = gy + si * barH;
              if (v === 'hidden') {
                return (
                  <g key={s.key}>
                    <rect
                      x={left}
                      y={by + 1}
                      width="18"
                      height={barH - 2}
                      fill={`url(#${id}-hidden)`}
                      stroke={muted}
                      strokeWidth="0.5"
                    />
                    <text x={left + 22} y={by + barH - 3} fontSize="11" fill={ink} fontFamily={font}>
                      {hiddenMark}
                    </text>
                  </g>
                );
              }
              if (typeof v !== 'number') return null;
              return (
                <g key={s.key}>
                  <rect
                    x={left}
                    y={by + 1}
                    width={Math.max(1, w(v))}
                    height={barH - 2}
                    fill={`url(#${id}-pattern-${si})`}
                    stroke={ink}
                    strokeWidth="0.5"
                  />
                  <text x={left + w(v) + 4} y={by + barH - 3} fontSize="11" fill={ink} fontFamily={font}>
                    {format(v)}
                  </text>
                </g>
              );
            })}
          </g>
        );
      })}
      <line x1={left} x2={left} y1={top} y2={plotBottom} stroke={ink} />
    </Svg>
  );
}
