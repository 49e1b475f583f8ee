import type { MyEvent, MySchedule } from '#shared/participant-app.ts';
import { addDays, stockholmDay } from '../lib/days.ts';
import { formatDate, formatDay, formatTime } from '../lib/format.ts';
import { useI18n } from '../lib/i18n.tsx';
import { useApi } from '../lib/use-api.ts';
import { LoadState, MapLink } from '../shell/load-state.tsx';
import { Page } from '../shell/page.tsx';
import { CalendarFeedSection } from './calendar-feed-section.tsx';

function EventCard({ event }: { event: MyEvent }) {
  const { t, language } = useI18n();
  return (
    <li className="p-card">
      <p className="p-muted">
        {event.days
          ? t('schedule.days', {
              first: formatDate(event.days.first, language),
              last: formatDate(event.days.last, language),
            })
          : `${formatTime(new Date(event.startsAt), language)}–${formatTime(new Date(event.endsAt), language)}`}
        {' · '}
        {t(`schedule.kinds.${event.kind}`)}
      </p>
      <h3>
        {event.cancelled && <span className="p-cancelled">{t('schedule.cancelled')} </span>}
        {event.title}
      </h3>
      {event.place && (
        <p>
          {event.place} <MapLink place={event.place} />
        </p>
      )}
      {event.onlineUrl && (
        <p>
          <a className="p-link-button" href={event.onlineUrl} target="_blank" rel="noopener noreferrer">
            {t('schedule.online')}
          </a>
        </p>
      )}
    </li>
  );
}

/** Mitt schema: today and the coming four weeks, day by day; placements as a period of days. */
export default function SchedulePage() {
  const { t, language } = useI18n();
  const state = useApi<MySchedule>('/api/me/schedule');
  const schedule = state.data;
  const today = stockholmDay(new Date());
  const dayTitle = (day: string) =>
    day === today
      ? t('schedule.today')
      : day === addDays(today, 1)
        ? t('schedule.tomorrow')
        : formatDay(new Date(`${day}T12:00:00Z`), language);
  const timed = schedule?.events.filter((e) => !e.days) ?? [];
  const periods = schedule?.events.filter((e) => e.days) ?? [];
  const days = [...new Set(timed.map((e) => stockholmDay(e.startsAt)))];
  return (
    <Page title={t('schedule.title')} lead={t('schedule.lead')}>
      <LoadState state={state} />
      {schedule && schedule.events.length === 0 && <p>{t('schedule.empty')}</p>}
      {schedule && days[0] !== today && schedule.events.length > 0 && (
        <>
          <h2>{t('schedule.today')}</h2>
          <p>{t('schedule.nothingToday')}</p>
        </>
      )}
      {days.map((day) => (
        <section key={day} aria-labelledby={`day-${day}`}>
          <h2 id={`day-${day}`}>{dayTitle(day)}</h2>
          <ul className="p-list">
            {timed
              .filter((e) => stockholmDay(e.startsAt) === day)
              .map((event) => (
                <EventCard key={event.id} event={event} />
              ))}
          </ul>
        </section>
      ))}
      {periods.length > 0 && (
        <section aria-labelledby="periods">
          <h2 id="periods">{t('schedule.kinds.placement')}</h2>
          <ul className="p-list">
            {periods.map((event) => (
              <EventCard key={event.id} event={event} />
            ))}
          </ul>
        </section>
      )}
      {!state.savedAt && schedule && <CalendarFeedSection />}
    </Page>
  );
}
