import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '#web/components/field.tsx';
import { Loading } from '#web/components/loading.tsx';
import { QueryError } from '#web/components/query-error.tsx';
import { TableRegion } from '#web/components/table-region.tsx';
import { todayIso } from '#web/lib/format.ts';
import { useHours } from './api.ts';
import { HoursDownloads } from './hours-downloads.tsx';

/** Attested hours per participant in a chosen month. */
export function HoursSection({ activityId }: { activityId: string }) {
  const { t, i18n } = useTranslation();
  const [month, setMonth] = useState(todayIso().slice(0, 7));
  const hours = useHours(activityId, month);
  const number = new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'sv-SE', {
    maximumFractionDigits: 2,
  });
  return (
    <section className="activity-section" aria-labelledby="hours-heading">
      <h2 id="hours-heading">{t('activities.hours.title')}</h2>
      <TextField
        form="hours"
        name="month"
        type="month"
        label={t('activities.hours.month')}
        hint={t('activities.hours.monthHint')}
        width="medium"
        value={month}
        onChange={(e) => setMonth(e.target.value)}
      />
      {hours.data && hours.data.length > 0 && <HoursDownloads activityId={activityId} month={month} />}
      {hours.isPending && hours.fetchStatus !== 'idle' && <Loading />}
      {hours.error && <QueryError error={hours.error} retry={() => void hours.refetch()} />}
      {hours.data && hours.data.length === 0 && <p>{t('activities.hours.none')}</p>}
      {hours.data && hours.data.length > 0 && (
        <TableRegion labelledBy="hours-caption">
          <table className="table">
            <caption id="hours-caption">{t('activities.hours.caption', { month })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('activities.members.name')}</th>
                <th scope="col">{t('activities.hours.sessions')}</th>
                <th scope="col">{t('activities.attendance.present')}</th>
                <th scope="col">{t('activities.attendance.absent')}</th>
                <th scope="col">{t('activities.attendance.excused')}</th>
                <th scope="col">{t('activities.hours.hours')}</th>
              </tr>
            </thead>
            <tbody>
              {hours.data.map((h) => (
                <tr key={h.participantId}>
                  <th scope="row">
                    {h.firstName} {h.lastName}
                  </th>
                  <td>{h.sessions}</td>
                  <td>{h.present}</td>
                  <td>{h.absent}</td>
                  <td>{h.excused}</td>
                  <td>{number.format(h.hours)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
    </section>
  );
}
