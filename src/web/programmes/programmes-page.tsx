import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useAbility } from '#web/auth/session-context.ts';
import { Loading } from '#web/components/loading.tsx';
import { Notice } from '#web/components/notice.tsx';
import { Page } from '#web/components/page.tsx';
import { QueryError } from '#web/components/query-error.tsx';
import { TableRegion } from '#web/components/table-region.tsx';
import { formatDate } from '#web/lib/format.ts';
import { useProgrammes } from './api.ts';
import { ProgrammeCreateForm } from './programme-create-form.tsx';

export function ProgrammesPage() {
  const { t, i18n } = useTranslation();
  const programmes = useProgrammes();
  const canManage = useAbility('programmes.manage');
  const saved = (useLocation().state as { saved?: boolean } | null)?.saved;
  const date = (d: string | null) => (d ? formatDate(d, i18n.language) : '–');

  return (
    <Page title={t('programmes.title')} lead={t('programmes.lead')} wide>
      {saved && <Notice kind="success">{t('programmes.saved')}</Notice>}
      {programmes.isPending && <Loading />}
      {programmes.error && <QueryError error={programmes.error} retry={() => void programmes.refetch()} />}
      {programmes.data && programmes.data.length === 0 && <p>{t('programmes.empty')}</p>}
      {programmes.data && programmes.data.length > 0 && (
        <TableRegion labelledBy="programmes-caption">
          <table className="table">
            <caption id="programmes-caption">{t('programmes.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('programmes.name')}</th>
                <th scope="col">{t('programmes.funder')}</th>
                <th scope="col">{t('programmes.period')}</th>
                <th scope="col">{t('programmes.status')}</th>
                {canManage && <th scope="col">{t('programmes.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {programmes.data.map((p) => (
                <tr key={p.id}>
                  <th scope="row">{p.name}</th>
                  <td>
                    {p.funder ?? '–'}
                    {p.funderReference && ` (${p.funderReference})`}
                  </td>
                  <td className="table__nowrap">
                    {date(p.startsOn)} – {p.endsOn ? date(p.endsOn) : ''}
                  </td>
                  <td>
                    <span className={p.archivedAt ? 'tag tag--muted' : 'tag tag--success'}>
                      {p.archivedAt ? t('programmes.archived') : t('programmes.active')}
                    </span>
                  </td>
                  {canManage && (
                    <td>
                      <Link
                        to={`/programmes/${p.id}`}
                        aria-label={t('programmes.editLabel', { name: p.name })}
                      >
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
      {canManage && <ProgrammeCreateForm />}
    </Page>
  );
}
