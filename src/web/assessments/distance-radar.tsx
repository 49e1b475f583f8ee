import { useTranslation } from 'react-i18next';
import type { DistanceRow } from './distance-chart.tsx';
import { ChartKey } from './chart-key.tsx';
import {
  labelPosition,
  numberedAxes,
  pointOnAxis,
  radarShape,
  ringPath,
  rings,
  wrapLabel,
  type Radar,
} from './radar-geometry.ts';

const radius = 150;
const lineHeight = 15;

/**
 * Distance travelled as a radar chart: one axis per domain on the 1–10 scale, the earlier assessment as a
 * dashed grey outline with round markers, the later as a solid red one with square markers, so the two differ
 * by more than colour. With more than eight domains the axes are numbered and a list names them.
 */
export function DistanceRadar({
  rows,
  fromLabel,
  toLabel,
}: {
  rows: DistanceRow[];
  fromLabel: string;
  toLabel: string;
}) {
  const { t } = useTranslation();
  const n = rows.length;
  const numbered = numberedAxes(n);
  // Room around the rim for the labels: a number, or a name of up to three lines of about 14 characters.
  const padX = numbered ? 30 : 120;
  const padY = numbered ? 30 : 60;
  const r: Radar = { cx: radius + padX, cy: radius + padY, radius };
  const from = radarShape(
    r,
    rows.map((row) => row.from),
  );
  const to = radarShape(
    r,
    rows.map((row) => row.to),
  );

  return (
    <figure className="radar-chart" aria-labelledby="radar-chart-caption">
      <svg
        className="radar-chart__svg"
        viewBox={`0 0 ${2 * (radius + padX)} ${2 * (radius + padY)}`}
        role="img"
        aria-labelledby="radar-chart-caption"
      >
        {rings.map((ring) => (
          <path key={ring} className="radar-chart__ring" d={ringPath(r, n, ring)} />
        ))}
        {rings.map((ring) => (
          <text key={ring} className="radar-chart__tick" x={r.cx + 3} y={pointOnAxis(r, 0, n, ring).y}>
            {ring}
          </text>
        ))}
        {rows.map((row, i) => {
          const end = pointOnAxis(r, i, n, 10);
          const at = labelPosition(r, i, n);
          const lines = numbered ? [String(i + 1)] : wrapLabel(row.label);
          const shift =
            at.baseline === 'auto' ? lines.length - 1 : at.baseline === 'middle' ? (lines.length - 1) / 2 : 0;
          return (
            <g key={row.key}>
              <line className="radar-chart__axis" x1={r.cx} y1={r.cy} x2={end.x} y2={end.y} />
              <text
                className={`radar-chart__label radar-chart__label--${at.anchor} radar-chart__label--baseline-${at.baseline}`}
                x={at.x}
                y={at.y - shift * lineHeight}
              >
                {lines.map((line, k) => (
                  <tspan key={k} x={at.x} dy={k === 0 ? 0 : lineHeight}>
                    {line}
                  </tspan>
                ))}
              </text>
            </g>
          );
        })}
        <path className="radar-chart__line radar-chart__line--from" d={from.path} />
        <path className="radar-chart__line radar-chart__line--to" d={to.path} />
        {from.markers.map((m) => (
          <circle key={m.index} className="radar-chart__marker--from" cx={m.x} cy={m.y} r={4.5} />
        ))}
        {to.markers.map((m) => (
          <rect
            key={m.index}
            className="radar-chart__marker--to"
            x={m.x - 4}
            y={m.y - 4}
            width={8}
            height={8}
          />
        ))}
      </svg>
      <figcaption id="radar-chart-caption" className="distance-chart__legend">
        {t('assessments.radarCaption')} <ChartKey kind="from" /> {fromLabel} <ChartKey kind="to" /> {toLabel}{' '}
        {t('assessments.radarGaps')}
      </figcaption>
      {numbered && (
        <ol className="radar-chart__domains">
          {rows.map((row) => (
            <li key={row.key}>{row.label}</li>
          ))}
        </ol>
      )}
    </figure>
  );
}
