import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { TextField } from '#web/components/field.tsx';
import { Loading } from '#web/components/loading.tsx';
import { QueryError } from '#web/components/query-error.tsx';
import { TableRegion } from '#web/components/table-region.tsx';
import { formatDate, formatDateTime, formatMonth, todayIso } from '#web/lib/format.ts';
import { useParticipantHours, useParticipantSessions } from './api.ts';
import { isMonth, markOf, type Mark } from './hours-export.ts';
import './activities.css';

const markTag: Record<Mark, string> = {
  present: 'tag tag--success',
  absent: 'tag tag--accent',
  excused: 'tag',
  notMarked: 'tag tag--muted',
  cancelled: 'tag tag--muted',
};

/** Närvaro on her record: her group activities, her hours per month and her mark at each session. */
export function ParticipantAttendanceSection({ participantId }: { participantId: string }) {
  const { t, i18n } = useTranslation();
  const list = useParticipantSessions(participantId);
  return (
    <section aria-labelledby="attendance-title">
      <h2 id="attendance-title">{t('participantAttendance.title')}</h2>
      {list.isPending && <Loading />}
      {list.error && <QueryError error={list.error} retry={() => void list.refetch()} />}
      {list.data && list.data.activities.length === 0 && <p>{t('participantAttendance.noActivities')}</p>}
      {list.data && list.data.activities.length > 0 && (
        <>
          <h3>{t('participantAttendance.activities')}</h3>
          <ul className="attendance-activities">
            {list.data.activities.map((a) => (
              <li key={a.activityId}>
                <Link to={`/activities/${a.activityId}`}>{a.title}</Link>{' '}
                <span className="muted">
                  {a.leftOn
                    ? t('participantAttendance.period', {
                        from: formatDate(a.joinedOn, i18n.language),
                        to: formatDate(a.leftOn, i18n.language),
                      })
                    : t('participantAttendance.since', { from: formatDate(a.joinedOn, i18n.language) })}
                </span>
              </li>
            ))}
          </ul>
          <HerHours participantId={participantId} />
          <h3 id="attendance-sessions-title">{t('participantAttendance.sessions')}</h3>
          {list.data.sessions.length === 0 ? (
            <p>{t('participantAttendance.noSessions')}</p>
          ) : (
            <TableRegion labelledBy="attendance-sessions-caption">
              <table className="table">
                <caption id="attendance-sessions-caption">
                  {t('participantAttendance.sessionsCaption')}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t('participantAttendance.when')}</th>
                    <th scope="col">{t('participantAttendance.activity')}</th>
                    <th scope="col">{t('participantAttendance.mark')}</th>
                  </tr>
                </thead>
                <tbody>
                  {list.data.sessions.map((s) => {
                    const mark = markOf(s);
                    return (
                      <tr key={s.sessionId}>
                        <td className="table__nowrap">{formatDateTime(s.startsAt, i18n.language)}</td>
                        <td>{s.title}</td>
                        <td>
                          <span className={markTag[mark]}>{t(`participantAttendance.marks.${mark}`)}</span>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </TableRegion>
          )}
        </>
      )}
    </section>
  );
}

/** Her attested hours in a chosen month, per activity, with the sum. */
function HerHours({ participantId }: { participantId: string }) {
  const { t, i18n } = useTranslation();
  const [month, setMonth] = useState(todayIso().slice(0, 7));
  const hours = useParticipantHours(participantId, month);
  const number = new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'sv-SE', {
    maximumFractionDigits: 2,
  });
  const monthName = isMonth(month) ? formatMonth(`${month}-01`, i18n.language) : '';
  const total = Math.round((hours.data ?? []).reduce((sum, h) => sum + h.hours * 100, 0)) / 100;
  return (
    <>
      <h3>{t('participantAttendance.hoursTitle')}</h3>
      <TextField
        form="her-hours"
        name="month"
        type="month"
        label={t('activities.hours.month')}
        hint={t('activities.hours.monthHint')}
        width="medium"
        value={month}
        onChange={(e) => setMonth(e.target.value)}
      />
      {hours.isPending && hours.fetchStatus !== 'idle' && <Loading />}
      {hours.error && <QueryError error={hours.error} retry={() => void hours.refetch()} />}
      {hours.data && hours.data.length === 0 && (
        <p>{t('participantAttendance.noHours', { month: monthName })}</p>
      )}
      {hours.data && hours.data.length > 0 && (
        <TableRegion labelledBy="her-hours-caption">
          <table className="table">
            <caption id="her-hours-caption">
              {t('participantAttendance.hoursCaption', { month: monthName })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('participantAttendance.activity')}</th>
                <th scope="col">{t('activities.hours.sessions')}</th>
                <th scope="col">{t('activities.attendance.present')}</th>
                <th scope="col">{t('activities.attendance.absent')}</th>
                <th scope="col">{t('activities.attendance.excused')}</th>
                <th scope="col">{t('activities.hours.hours')}</th>
              </tr>
            </thead>
            <tbody>
              {hours.data.map((h) => (
                <tr key={h.activityId}>
                  <th scope="row">{h.title}</th>
                  <td>{h.sessions}</td>
                  <td>{h.present}</td>
                  <td>{h.absent}</td>
                  <td>{h.excused}</td>
                  <td>{number.format(h.hours)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={5}>
                  {t('attestedHours.total')}
                </th>
                <td>
                  <strong>{number.format(total)}</strong>
                </td>
              </tr>
            </tfoot>
          </table>
        </TableRegion>
      )}
    </>
  );
}
