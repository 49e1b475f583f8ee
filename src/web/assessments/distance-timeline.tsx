import { useTranslation } from 'react-i18next';
import type { Assessment } from '#shared/assessments.ts';
import { formatDate } from '#web/lib/format.ts';
import { ChartKey } from './chart-key.tsx';
import { runs, timelines, yOf, type DomainTimeline, type TimelinePoint } from './timeline.ts';

type Props = { assessments: Assessment[]; domains: { key: string; label: string }[] };

const width = 240;
const height = 110;
const left = 24;
const right = 24;
const top = 10;
const plot = 66;
const xOf = (p: Pick<TimelinePoint, 'x'>) => Math.round((left + p.x * (width - left - right)) * 100) / 100;
const pathOf = (points: TimelinePoint[]) =>
  points.map((p, i) => `${i === 0 ? 'M' : 'L'}${xOf(p)} ${yOf(p.value, top, plot)}`).join(' ');

/**
 * Ratings over time as small multiples: one small chart per domain on the same 1–10 scale, the staff's rating
 * a solid red line with square markers (the latest labelled), her own a dashed grey line with round ones.
 * Each chart's text alternative lists the ratings by date.
 */
export function DistanceTimeline({ assessments, domains }: Props) {
  const { t, i18n } = useTranslation();
  const date = (d: string) => formatDate(d, i18n.language);
  const data = timelines(
    assessments,
    domains.map((d) => d.key),
  );
  const first = data.dates[0] ?? '';
  const last = data.dates[data.dates.length - 1] ?? '';
  const list = (points: TimelinePoint[]) =>
    points.length === 0
      ? t('assessments.timelineNone')
      : points.map((p) => t('assessments.timelinePoint', { date: date(p.date), value: p.value })).join(', ');
  const describe = (d: DomainTimeline, label: string) =>
    t('assessments.timelineChart', { domain: label, staff: list(d.staff), self: list(d.self) });

  return (
    <figure className="timeline" aria-labelledby="timeline-caption">
      <figcaption id="timeline-caption" className="distance-chart__legend">
        {t('assessments.timelineCaption')} <ChartKey kind="to" /> {t('assessments.rating')}{' '}
        <ChartKey kind="from" /> {t('assessments.selfRating')}
      </figcaption>
      <ul className="timeline__grid">
        {data.domains.map((d, i) => {
          const label = domains[i]?.label ?? d.key;
          return (
            <li key={d.key} className="timeline__item">
              <p className="timeline__name" aria-hidden="true">
                {label}
              </p>
              <svg
                className="timeline__svg"
                viewBox={`0 0 ${width} ${height}`}
                role="img"
                aria-label={describe(d, label)}
              >
                {[1, 10].map((tick) => (
                  <g key={tick}>
                    <line
                      className="timeline__grid-line"
                      x1={left}
                      x2={width - right}
                      y1={yOf(tick, top, plot)}
                      y2={yOf(tick, top, plot)}
                    />
                    <text className="timeline__tick" x={left - 6} y={yOf(tick, top, plot)}>
                      {tick}
                    </text>
                  </g>
                ))}
                <text className="timeline__date timeline__date--first" x={left} y={height - 4}>
                  {date(first)}
                </text>
                {last !== first && (
                  <text className="timeline__date timeline__date--last" x={width - right} y={height - 4}>
                    {date(last)}
                  </text>
                )}
                {runs(d.self).map((run) => (
                  <path key={run[0]?.index} className="timeline__line timeline__line--self" d={pathOf(run)} />
                ))}
                {runs(d.staff).map((run) => (
                  <path
                    key={run[0]?.index}
                    className="timeline__line timeline__line--staff"
                    d={pathOf(run)}
                  />
                ))}
                {d.self.map((p) => (
                  <circle
                    key={p.index}
                    className="chart-key__marker--from"
                    cx={xOf(p)}
                    cy={yOf(p.value, top, plot)}
                    r={3.5}
                  />
                ))}
                {d.staff.map((p) => (
                  <rect
                    key={p.index}
                    className="chart-key__marker--to"
                    x={xOf(p) - 3.5}
                    y={yOf(p.value, top, plot) - 3.5}
                    width={7}
                    height={7}
                  />
                ))}
                {d.latest && (
                  <text className="timeline__latest" x={xOf(d.latest) + 7} y={yOf(d.latest.value, top, plot)}>
                    {d.latest.value}
                  </text>
                )}
              </svg>
            </li>
          );
        })}
      </ul>
    </figure>
  );
}
