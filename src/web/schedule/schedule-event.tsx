import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ScheduleEvent } from '#shared/schedule.ts';
import { formatTime } from '#web/lib/format.ts';
import { eventTitle } from './event-title.ts';

/** Where an event is worked on: its activity, or the part of her file it belongs to. */
function linkOf(e: ScheduleEvent): string | null {
  if (e.kind === 'session' && e.activityId) return `/activities/${e.activityId}`;
  if (e.kind === 'placement' && e.participantId) return `/participants/${e.participantId}/placements`;
  if (e.kind === 'meeting' && e.participantId) return `/participants/${e.participantId}/meetings`;
  return null;
}

export function useEventText() {
  const { t, i18n } = useTranslation();
  return {
    title: (e: ScheduleEvent) => eventTitle(e, t, i18n.language),
    time: (e: ScheduleEvent) =>
      e.days
        ? t('schedule.allDay')
        : `${formatTime(e.startsAt, i18n.language)}–${formatTime(e.endsAt, i18n.language)}`,
  };
}

/** One event: its time, what it is (linked), where, and whether it is cancelled, in words as well as style. */
export function ScheduleEventItem({ event, compact }: { event: ScheduleEvent; compact?: boolean }) {
  const { t } = useTranslation();
  const text = useEventText();
  const to = linkOf(event);
  const title = to ? <Link to={to}>{text.title(event)}</Link> : text.title(event);
  return (
    <li
      className={`schedule-event schedule-event--${event.kind}${event.cancelled ? ' schedule-event--cancelled' : ''}`}
    >
      {!(compact && event.days) && (
        <>
          <span className="schedule-event__time">{text.time(event)}</span>{' '}
        </>
      )}
      <span className="schedule-event__title">{event.cancelled ? <del>{title}</del> : title}</span>
      {event.cancelled && <span className="schedule-event__status"> ({t('schedule.cancelled')})</span>}
      {!compact && (
        <>
          <span className="schedule-event__kind"> · {t(`schedule.kinds.${event.kind}`)}</span>
          {event.place && <span className="schedule-event__place"> · {event.place}</span>}
          {event.onlineUrl && (
            <>
              {' · '}
              <a href={event.onlineUrl} target="_blank" rel="noreferrer">
                {t('schedule.online')}
              </a>
            </>
          )}
        </>
      )}
    </li>
  );
}
