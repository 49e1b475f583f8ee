import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Session } from '#shared/activities.ts';
import { useAbility } from '#web/auth/session-context.ts';
import { Loading } from '#web/components/loading.tsx';
import { QueryError } from '#web/components/query-error.tsx';
import { todayIso } from '#web/lib/format.ts';
import { useSessions } from './api.ts';
import { sessionTime } from './activity-text.ts';
import { SessionAddForm } from './session-add-form.tsx';
import { SessionEditForm } from './session-edit-form.tsx';
import { stockholmParts } from './session-time.ts';

/** The activity's sessions, coming first and then the past ones, each with its attendance and changes. */
export function SessionsSection({ activityId }: { activityId: string }) {
  const { t } = useTranslation();
  const canManage = useAbility('activities.manage');
  const sessions = useSessions(activityId);
  const [adding, setAdding] = useState(false);
  const [now] = useState(() => Date.now());
  const upcoming = (sessions.data ?? []).filter((s) => Date.parse(s.endsAt) >= now);
  const past = (sessions.data ?? []).filter((s) => Date.parse(s.endsAt) < now).reverse();

  return (
    <section className="activity-section" aria-labelledby="sessions-heading">
      <h2 id="sessions-heading">{t('activities.sessions.title')}</h2>
      {sessions.isPending && <Loading />}
      {sessions.error && <QueryError error={sessions.error} retry={() => void sessions.refetch()} />}
      {sessions.data && sessions.data.length === 0 && <p>{t('activities.sessions.none')}</p>}
      {canManage &&
        (adding ? (
          <SessionAddForm activityId={activityId} onDone={() => setAdding(false)} />
        ) : (
          <p>
            <button type="button" className="button button--secondary" onClick={() => setAdding(true)}>
              {t('activities.sessions.addLink')}
            </button>
          </p>
        ))}
      {upcoming.length > 0 && (
        <SessionList heading={t('activities.sessions.upcoming')} id="sessions-upcoming" items={upcoming} />
      )}
      {past.length > 0 && (
        <SessionList heading={t('activities.sessions.pastTitle')} id="sessions-past" items={past} />
      )}
    </section>
  );
}

function SessionList({ heading, id, items }: { heading: string; id: string; items: Session[] }) {
  return (
    <>
      <h3 id={id}>{heading}</h3>
      <ul className="session-list" aria-labelledby={id}>
        {items.map((s) => (
          <SessionItem key={s.id} session={s} />
        ))}
      </ul>
    </>
  );
}

function SessionItem({ session: s }: { session: Session }) {
  const { t, i18n } = useTranslation();
  const canManage = useAbility('activities.manage');
  const [editing, setEditing] = useState(false);
  const time = sessionTime(s.startsAt, s.endsAt, i18n.language);
  // Attendance is taken from the session's day on (Stockholm time), never for a cancelled one.
  const attendance = !s.cancelledAt && stockholmParts(s.startsAt).date <= todayIso();
  return (
    <li className={s.cancelledAt ? 'session-list__item session-list__item--cancelled' : 'session-list__item'}>
      <p className="session-list__time">
        {s.cancelledAt ? <del>{time}</del> : time}
        {s.cancelledAt && (
          <strong className="session-list__cancelled">
            {' '}
            {s.cancelReason
              ? t('activities.sessions.cancelledBecause', { reason: s.cancelReason })
              : t('activities.sessions.cancelled')}
          </strong>
        )}
      </p>
      {(s.guests > 0 || s.note) && (
        <p className="session-list__note">
          {[s.guests > 0 && t('activities.sessions.guestCount', { count: s.guests }), s.note]
            .filter(Boolean)
            .join(' · ')}
        </p>
      )}
      <p className="session-list__actions">
        {attendance && (
          <Link to={`/activity-sessions/${s.id}/attendance`}>
            {t('activities.sessions.attendanceLink', { time })}
          </Link>
        )}
        {canManage && !editing && (
          <button
            type="button"
            className="button-link"
            aria-label={t('activities.sessions.changeFor', { time })}
            onClick={() => setEditing(true)}
          >
            {t('activities.sessions.change')}
          </button>
        )}
      </p>
      {editing && <SessionEditForm session={s} onDone={() => setEditing(false)} />}
    </li>
  );
}
