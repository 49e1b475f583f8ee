import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Roster } from '#shared/activities.ts';
import { useAbility } from '#web/auth/session-context.ts';
import { problemMessage } from '#web/components/form-errors.ts';
import { Loading } from '#web/components/loading.tsx';
import { Page } from '#web/components/page.tsx';
import { QueryError } from '#web/components/query-error.tsx';
import { useActivity, useRoster } from './api.ts';
import { sessionTime } from './activity-text.ts';
import { markedCount, shown, unmarked, unsaved, type Status } from './attendance-queue.ts';
import { useAttendanceQueue } from './use-attendance-queue.ts';
import './attendance.css';

const statuses: Status[] = ['present', 'absent', 'excused'];

/** The attendance screen: one tap per person, saved at once, queued while offline. */
export function AttendancePage() {
  const { t } = useTranslation();
  const id = useParams().id ?? '';
  const roster = useRoster(id);
  return (
    <Page title={t('activities.attendance.title')}>
      {roster.isPending && <Loading />}
      {roster.error && <QueryError error={roster.error} retry={() => void roster.refetch()} />}
      {roster.data && <AttendanceList sessionId={id} roster={roster.data} />}
    </Page>
  );
}

function AttendanceList({ sessionId, roster }: { sessionId: string; roster: Roster }) {
  const { t, i18n } = useTranslation();
  const canWrite = useAbility('attendance.write');
  const activity = useActivity(roster.session.activityId);
  const { queue, tap, retry, refused } = useAttendanceQueue(sessionId);
  const lines = roster.lines;
  const waiting = queue.filter((x) => x.attempts > 0).length;
  const rest = unmarked(queue, lines);
  const time = sessionTime(roster.session.startsAt, roster.session.endsAt, i18n.language);

  return (
    <>
      <p className="lead">
        {activity.data?.title && <strong>{activity.data.title}</strong>} {time}
      </p>
      {roster.session.cancelledAt && (
        <p className="notice notice--warning">{t('activities.sessions.cancelled')}</p>
      )}
      {waiting > 0 && (
        <div className="notice notice--warning attendance-banner" role="alert">
          <p>{t('activities.attendance.offline', { count: waiting })}</p>
          <button type="button" className="button" onClick={retry}>
            {t('common.retry')}
          </button>
        </div>
      )}
      <div className="attendance-summary">
        <p role="status" className="attendance-summary__count">
          {t('activities.attendance.counter', { marked: markedCount(queue, lines), total: lines.length })}
        </p>
        {canWrite && rest.length > 0 && !roster.session.cancelledAt && (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => rest.forEach((p) => tap(p, 'present'))}
          >
            {t('activities.attendance.allPresent')}
          </button>
        )}
      </div>
      {lines.length === 0 && <p>{t('activities.attendance.nobody')}</p>}
      <ul className="attendance-list">
        {lines.map((line) => {
          const name = `${line.firstName} ${line.lastName}`;
          const current = shown(queue, line.participantId, line.status);
          const notSaved = unsaved(queue, line.participantId);
          const error = refused[line.participantId];
          return (
            <li key={line.participantId} className="attendance-person">
              <p className="attendance-person__name" id={`person-${line.participantId}`}>
                {name}
                {notSaved && (
                  <span className="attendance-person__unsaved"> {t('activities.attendance.unsaved')}</span>
                )}
              </p>
              {error !== undefined && <p className="field__error">{problemMessage(t, error)}</p>}
              <div
                className="attendance-buttons"
                role="group"
                aria-labelledby={`person-${line.participantId}`}
              >
                {statuses.map((s) => (
                  <button
                    key={s}
                    type="button"
                    className={`attendance-button attendance-button--${s}`}
                    aria-pressed={current === s}
                    disabled={!canWrite || roster.session.cancelledAt !== null}
                    onClick={() => tap(line.participantId, s)}
                  >
                    {t(`activities.attendance.${s}`)}
                  </button>
                ))}
              </div>
            </li>
          );
        })}
      </ul>
      <p>
        <Link to={`/activities/${roster.session.activityId}`}>{t('activities.attendance.back')}</Link>
      </p>
    </>
  );
}
