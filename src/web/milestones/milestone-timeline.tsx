import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Milestone } from '#shared/milestones.ts';
import { formatDate } from '#web/lib/format.ts';
import { milestoneDetailLine, milestoneTitle } from './milestone-values.ts';

type Props = {
  milestones: readonly Milestone[];
  labelledBy: string;
  /** What follows each milestone (the way to correct it), if anything. */
  after?: (milestone: Milestone) => ReactNode;
};

/** Her milestones as a timeline, newest first, each with its date, details and source. */
export function MilestoneTimeline({ milestones, labelledBy, after }: Props) {
  const { t, i18n } = useTranslation();
  return (
    <ol className="milestones__timeline" aria-labelledby={labelledBy}>
      {milestones.map((m) => {
        const details = milestoneDetailLine(t, m);
        return (
          <li key={m.id} className="milestones__item">
            <h4>
              {formatDate(m.happenedOn, i18n.language)}: {milestoneTitle(t, m)}
            </h4>
            {details && <p className="milestones__meta">{details}</p>}
            <p className="milestones__meta">
              {t('milestones.sourceLine', {
                source: t(`milestones.sources.${m.source}`),
                name: m.recordedByName ?? '',
              })}
              {m.corrects && ` ${t('milestones.corrected')}`}
            </p>
            {m.note && <p className="milestones__meta">{m.note}</p>}
            {after?.(m)}
          </li>
        );
      })}
    </ol>
  );
}
