import { useTranslation } from 'react-i18next';

export type DistanceRow = { key: string; label: string; from: number | null; to: number | null };

const row = 34;
const labelWidth = 220;
const barWidth = 380;
const scale = (n: number) => (n / 10) * barWidth;

/**
 * Distance travelled as paired bars per domain (earlier above, later below) on the 1–10 scale, drawn with
 * SVG elements and coloured by CSS classes. The table beside it carries the same data for screen readers.
 */
export function DistanceChart({
  rows,
  fromLabel,
  toLabel,
}: {
  rows: DistanceRow[];
  fromLabel: string;
  toLabel: string;
}) {
  const { t } = useTranslation();
  const height = rows.length * row + 40;
  return (
    <figure className="distance-chart" aria-labelledby="distance-chart-caption">
      <svg
        className="distance-chart__svg"
        viewBox={`0 0 ${labelWidth + barWidth + 40} ${height}`}
        role="img"
        aria-labelledby="distance-chart-caption"
      >
        {[0, 5, 10].map((tick) => (
          <g key={tick}>
            <line
              className="distance-chart__grid"
              x1={labelWidth + scale(tick)}
              x2={labelWidth + scale(tick)}
              y1={0}
              y2={rows.length * row}
            />
            <text className="distance-chart__tick" x={labelWidth + scale(tick)} y={rows.length * row + 16}>
              {tick}
            </text>
          </g>
        ))}
        {rows.map((r, i) => (
          <g key={r.key} transform={`translate(0 ${i * row})`}>
            <text className="distance-chart__label" x={labelWidth - 8} y={row / 2 + 4}>
              {r.label}
            </text>
            {r.from !== null && (
              <rect
                className="distance-chart__bar--from"
                x={labelWidth}
                y={5}
                width={scale(r.from)}
                height={11}
              />
            )}
            {r.to !== null && (
              <rect
                className="distance-chart__bar--to"
                x={labelWidth}
                y={17}
                width={scale(r.to)}
                height={11}
              />
            )}
          </g>
        ))}
      </svg>
      <figcaption id="distance-chart-caption" className="distance-chart__legend">
        {t('assessments.chartCaption')} <span className="distance-chart__key distance-chart__key--from" />{' '}
        {fromLabel} <span className="distance-chart__key distance-chart__key--to" /> {toLabel}
      </figcaption>
    </figure>
  );
}
