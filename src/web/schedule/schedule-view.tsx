import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ScheduleEvent } from '#shared/schedule.ts';
import { Loading } from '#web/components/loading.tsx';
import { QueryError } from '#web/components/query-error.tsx';
import { TableRegion } from '#web/components/table-region.tsx';
import { formatMonth, formatWeekday, todayIso } from '#web/lib/format.ts';
import { ScheduleEventItem } from './schedule-event.tsx';
import { eventsOn, inMonth, type SchedulePeriod } from './schedule-period.ts';
import type { useSchedulePeriod } from './use-schedule-period.ts';
import './schedule.css';

type Props = {
  /** Names the view's landmarks, so two views on one page would not share ids. */
  id: string;
  control: ReturnType<typeof useSchedulePeriod>;
  events: UseQueryResult<ScheduleEvent[]>;
  empty: string;
  /** The level of the period's heading (the days' are one below): 2 on a page of its own, 3 in her file. */
  level?: 2 | 3;
};

const dayOf = (iso: string) => todayIso(new Date(iso));

/** A week as a list of days, or a month as a table of weeks; the period in the address, moved a step at a time. */
export function ScheduleView({ id, control, events, empty, level = 3 }: Props) {
  const Heading = level === 2 ? 'h2' : 'h3';
  const { t, i18n } = useTranslation();
  const { period } = control;
  const label =
    period.view === 'week'
      ? t('schedule.weekOf', {
          from: formatWeekday(period.from, i18n.language),
          to: formatWeekday(period.to, i18n.language),
        })
      : formatMonth(period.anchor, i18n.language);
  return (
    <div className="schedule">
      <div className="schedule__controls">
        <div role="group" aria-label={t('schedule.viewLabel')} className="schedule__views">
          {(['week', 'month'] as const).map((v) => (
            <button
              key={v}
              type="button"
              className="button button--secondary button--small"
              aria-pressed={period.view === v}
              onClick={() => control.setView(v)}
            >
              {t(`schedule.views.${v}`)}
            </button>
          ))}
        </div>
        <div role="group" aria-label={t('schedule.moveLabel')} className="schedule__move">
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => control.step(-1)}
          >
            {t(`schedule.previous.${period.view}`)}
          </button>
          <button type="button" className="button button--secondary button--small" onClick={control.today}>
            {t('schedule.today')}
          </button>
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => control.step(1)}
          >
            {t(`schedule.next.${period.view}`)}
          </button>
        </div>
      </div>
      <Heading id={`${id}-period`} className="schedule__period" aria-live="polite">
        {label}
      </Heading>
      {events.isPending && <Loading />}
      {events.error && <QueryError error={events.error} retry={() => void events.refetch()} />}
      {events.data &&
        (events.data.length === 0 ? (
          <p>{empty}</p>
        ) : period.view === 'week' ? (
          <WeekList period={period} events={events.data} level={level} />
        ) : (
          <MonthTable id={id} period={period} events={events.data} caption={label} />
        ))}
    </div>
  );
}

function WeekList({
  period,
  events,
  level,
}: {
  period: SchedulePeriod;
  events: ScheduleEvent[];
  level: 2 | 3;
}) {
  const { t, i18n } = useTranslation();
  const DayHeading = level === 2 ? 'h3' : 'h4';
  const today = todayIso();
  return (
    <ol className="schedule-week">
      {period.days.map((day) => {
        const onDay = eventsOn(events, day, dayOf);
        return (
          <li key={day} className="schedule-week__day" aria-current={day === today ? 'date' : undefined}>
            <DayHeading className="schedule-week__date">
              {formatWeekday(day, i18n.language)}
              {day === today && <span className="schedule__today"> ({t('schedule.todayMark')})</span>}
            </DayHeading>
            {onDay.length === 0 ? (
              <p className="schedule-week__none">{t('schedule.nothing')}</p>
            ) : (
              <ul className="schedule-events">
                {onDay.map((e) => (
                  <ScheduleEventItem key={`${e.kind}-${e.id}`} event={e} />
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ol>
  );
}

function MonthTable({
  id,
  period,
  events,
  caption,
}: {
  id: string;
  period: SchedulePeriod;
  events: ScheduleEvent[];
  caption: string;
}) {
  const { i18n } = useTranslation();
  const today = todayIso();
  const weeks: string[][] = [];
  for (let i = 0; i < period.days.length; i += 7) weeks.push(period.days.slice(i, i + 7));
  return (
    <TableRegion labelledBy={`${id}-caption`}>
      <table className="table schedule-month">
        <caption id={`${id}-caption`} className="visually-hidden">
          {caption}
        </caption>
        <thead>
          <tr>
            {weeks[0]!.map((day) => (
              <th key={day} scope="col">
                {formatWeekday(day, i18n.language, 'name')}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week[0]}>
              {week.map((day) => {
                const onDay = eventsOn(events, day, dayOf);
                return (
                  <td
                    key={day}
                    className={
                      inMonth(day, period.anchor)
                        ? 'schedule-month__day'
                        : 'schedule-month__day schedule-month__day--outside'
                    }
                    aria-current={day === today ? 'date' : undefined}
                  >
                    <span className="schedule-month__number" aria-hidden="true">
                      {Number(day.slice(8))}
                    </span>
                    <span className="visually-hidden">{formatWeekday(day, i18n.language)}</span>
                    {onDay.length > 0 && (
                      <ul className="schedule-events schedule-events--compact">
                        {onDay.map((e) => (
                          <ScheduleEventItem key={`${e.kind}-${e.id}`} event={e} compact />
                        ))}
                      </ul>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
