import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAbility } from '#web/auth/session-context.ts';
import { Loading } from '#web/components/loading.tsx';
import { Page } from '#web/components/page.tsx';
import { QueryError } from '#web/components/query-error.tsx';
import { TableRegion } from '#web/components/table-region.tsx';
import { useActivities, useActivityTypes } from './api.ts';
import { leadersText, placesText, typeOf } from './activity-text.ts';
import './activities.css';

export function ActivitiesPage() {
  const { t, i18n } = useTranslation();
  const canManage = useAbility('activities.manage');
  const canExportHours = useAbility('hours.export');
  const list = useActivities();
  const types = useActivityTypes();
  const active = (list.data ?? []).filter((a) => !a.archivedAt);
  return (
    <Page title={t('activities.title')} lead={t('activities.lead')} wide>
      {canManage && (
        <p className="button-row">
          <Link className="button" to="/activities/new">
            {t('activities.newLink')}
          </Link>
        </p>
      )}
      {canExportHours && (
        <p>
          <Link to="/activities/hours">{t('attestedHours.link')}</Link>
        </p>
      )}
      {list.isPending && <Loading />}
      {list.error && <QueryError error={list.error} retry={() => void list.refetch()} />}
      {list.data && active.length === 0 && <p>{t('activities.empty')}</p>}
      {active.length > 0 && (
        <TableRegion labelledBy="activities-caption">
          <table className="table">
            <caption id="activities-caption">{t('activities.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('activities.titleField')}</th>
                <th scope="col">{t('activities.type')}</th>
                <th scope="col">{t('activities.staff')}</th>
                <th scope="col">{t('activities.participants')}</th>
              </tr>
            </thead>
            <tbody>
              {active.map((a) => (
                <tr key={a.id}>
                  <th scope="row">
                    <Link to={`/activities/${a.id}`}>{a.title}</Link>
                  </th>
                  <td>{typeOf(a.type, types.data, i18n.language)}</td>
                  <td>{leadersText(t, a)}</td>
                  <td className="table__nowrap">{placesText(t, a)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
    </Page>
  );
}
