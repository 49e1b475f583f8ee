import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { TextField } from '#web/components/field.tsx';
import { Loading } from '#web/components/loading.tsx';
import { Page } from '#web/components/page.tsx';
import { QueryError } from '#web/components/query-error.tsx';
import { TableRegion } from '#web/components/table-region.tsx';
import { formatMonth, todayIso } from '#web/lib/format.ts';
import { useUnitHours } from './api.ts';
import { HoursDownloads } from './hours-downloads.tsx';
import { isMonth } from './hours-export.ts';
import './activities.css';

/** Närvarotimmar: the unit's attested hours in a month, per participant and activity, to download for the funder. */
export function UnitHoursPage() {
  const { t, i18n } = useTranslation();
  const [month, setMonth] = useState(todayIso().slice(0, 7));
  const hours = useUnitHours(month);
  const number = new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'sv-SE', {
    maximumFractionDigits: 2,
  });
  const monthName = isMonth(month) ? formatMonth(`${month}-01`, i18n.language) : '';
  return (
    <Page title={t('attestedHours.title')} lead={t('attestedHours.lead')} wide>
      <p>
        <Link to="/activities">{t('attestedHours.back')}</Link>
      </p>
      <TextField
        form="unit-hours"
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
      {hours.data && hours.data.participants.length === 0 && (
        <p>{t('attestedHours.none', { month: monthName })}</p>
      )}
      {hours.data && hours.data.participants.length > 0 && (
        <>
          <HoursDownloads month={month} />
          <TableRegion labelledBy="unit-hours-caption">
            <table className="table">
              <caption id="unit-hours-caption">{t('attestedHours.caption', { month: monthName })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('activities.members.name')}</th>
                  <th scope="col">{t('attestedHours.identityNumber')}</th>
                  {hours.data.activities.map((a) => (
                    <th scope="col" key={a.activityId}>
                      <Link to={`/activities/${a.activityId}`}>{a.title}</Link>
                    </th>
                  ))}
                  <th scope="col">{t('attestedHours.attendance')}</th>
                  <th scope="col">{t('attestedHours.placement')}</th>
                  <th scope="col">{t('attestedHours.total')}</th>
                </tr>
              </thead>
              <tbody>
                {hours.data.participants.map((p) => (
                  <tr key={p.participantId}>
                    <th scope="row">
                      <Link to={`/participants/${p.participantId}/attendance`}>
                        {p.firstName} {p.lastName}
                      </Link>
                    </th>
                    <td className="table__nowrap">{p.identityNumberMasked ?? '–'}</td>
                    {p.hours.map((h, i) => (
                      <td key={hours.data.activities[i]!.activityId}>
                        {h === null ? (
                          <>
                            <span aria-hidden="true">–</span>
                            <span className="visually-hidden">{t('attestedHours.notTaking')}</span>
                          </>
                        ) : (
                          number.format(h)
                        )}
                      </td>
                    ))}
                    <td>{number.format(p.attendance)}</td>
                    <td>{number.format(p.placement)}</td>
                    <td>
                      <strong>{number.format(p.total)}</strong>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
        </>
      )}
    </Page>
  );
}
