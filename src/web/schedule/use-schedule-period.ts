import { useSearchParams } from 'react-router';
import { todayIso } from '#web/lib/format.ts';
import { periodOf, stepAnchor, type SchedulePeriod, type ScheduleView } from './schedule-period.ts';

const isDay = (v: string | null): v is string =>
  v !== null && /^\d{4}-\d{2}-\d{2}$/.test(v) && !isNaN(Date.parse(v));

/** The week or month shown, kept in the address (?view=month&day=…) so it can be bookmarked and shared. */
export function useSchedulePeriod() {
  const [params, setParams] = useSearchParams();
  const view: ScheduleView = params.get('view') === 'month' ? 'month' : 'week';
  const day = params.get('day');
  const anchor = isDay(day) ? day : todayIso();
  const go = (next: { view?: ScheduleView; anchor?: string }) =>
    setParams(
      (current) => {
        const p = new URLSearchParams(current);
        p.set('view', next.view ?? view);
        p.set('day', next.anchor ?? anchor);
        return p;
      },
      { replace: true },
    );
  const period: SchedulePeriod = periodOf(view, anchor);
  return {
    period,
    setView: (v: ScheduleView) => go({ view: v }),
    step: (direction: -1 | 1) => go({ anchor: stepAnchor(view, anchor, direction) }),
    today: () => go({ anchor: todayIso() }),
  };
}
