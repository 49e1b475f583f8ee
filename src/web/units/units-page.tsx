import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useAbility } from '#web/auth/session-context.ts';
import { Loading } from '#web/components/loading.tsx';
import { Notice } from '#web/components/notice.tsx';
import { Page } from '#web/components/page.tsx';
import { QueryError } from '#web/components/query-error.tsx';
import { TableRegion } from '#web/components/table-region.tsx';
import { useUnits } from './api.ts';
import { UnitCreateForm } from './unit-create-form.tsx';

export function UnitsPage() {
  const { t } = useTranslation();
  const units = useUnits();
  const canManage = useAbility('units.manage');
  const saved = (useLocation().state as { saved?: boolean } | null)?.saved;

  return (
    <Page title={t('units.title')} lead={t('units.lead')} wide>
      {saved && <Notice kind="success">{t('units.saved')}</Notice>}
      {units.isPending && <Loading />}
      {units.error && <QueryError error={units.error} retry={() => void units.refetch()} />}
      {units.data && units.data.length === 0 && <p>{t('units.empty')}</p>}
      {units.data && units.data.length > 0 && (
        <TableRegion labelledBy="units-caption">
          <table className="table">
            <caption id="units-caption">{t('units.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('units.name')}</th>
                <th scope="col">{t('units.municipalityCode')}</th>
                <th scope="col">{t('units.status')}</th>
                {canManage && <th scope="col">{t('units.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {units.data.map((unit) => (
                <tr key={unit.id}>
                  <th scope="row">{unit.name}</th>
                  <td>{unit.municipalityCode ?? '–'}</td>
                  <td>
                    <span className={unit.archivedAt ? 'tag tag--muted' : 'tag tag--success'}>
                      {unit.archivedAt ? t('units.archived') : t('units.active')}
                    </span>
                  </td>
                  {canManage && (
                    <td>
                      <Link to={`/units/${unit.id}`} aria-label={t('units.editLabel', { name: unit.name })}>
                        {t('common.edit')}
                      </Link>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
      {canManage && <UnitCreateForm />}
    </Page>
  );
}
