import { useTranslation } from 'react-i18next';
import type { Plan } from '#shared/plans.ts';
import { formatDateTime } from '#web/lib/format.ts';
import { historyLine } from './plan-values.ts';

/** What has happened in the plan, newest first, one plain sentence each. */
export function PlanHistory({ plan }: { plan: Plan }) {
  const { t, i18n } = useTranslation();
  const events = [...plan.history].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <section aria-labelledby="plan-history-title">
      <h3 id="plan-history-title">{t('plan.historyTitle')}</h3>
      {events.length === 0 ? (
        <p>{t('plan.historyEmpty')}</p>
      ) : (
        <ul className="plan-history">
          {events.map((event, i) => {
            const line = historyLine(event, plan.goals);
            const status =
              line.key === 'goalStatus'
                ? t(`plan.goalStatuses.${line.status as 'open'}`)
                : line.key === 'stepStatus'
                  ? t(`plan.stepStatuses.${line.status as 'todo'}`)
                  : '';
            return (
              <li key={`${event.at}-${i}`}>
                <time dateTime={event.at}>{formatDateTime(event.at, i18n.language)}</time>
                {': '}
                {t(`plan.history.${line.key}`, {
                  actor: event.actorName ?? t('plan.someone'),
                  title: line.title,
                  status,
                })}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
