import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '#web/components/loading.tsx';
import { Page } from '#web/components/page.tsx';
import { QueryError } from '#web/components/query-error.tsx';
import { TableRegion } from '#web/components/table-region.tsx';
import { useUnassigned } from './api.ts';
import { ReassignForm } from './reassign-form.tsx';

/** For unit managers: participants without a responsible coach, and moving a colleague's cases. */
export function ReassignPage() {
  const { t } = useTranslation();
  const unassigned = useUnassigned();
  return (
    <Page title={t('reassign.title')} lead={t('reassign.lead')} wide>
      <h2>{t('reassign.unassignedTitle')}</h2>
      {unassigned.isPending && <Loading />}
      {unassigned.error && <QueryError error={unassigned.error} retry={() => void unassigned.refetch()} />}
      {unassigned.data?.length === 0 && <p>{t('reassign.noneUnassigned')}</p>}
      {unassigned.data && unassigned.data.length > 0 && (
        <TableRegion labelledBy="unassigned-caption">
          <table className="table">
            <caption id="unassigned-caption">
              {t('reassign.unassignedCaption', { count: unassigned.data.length })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('caseload.name')}</th>
                <th scope="col">{t('reassign.action')}</th>
              </tr>
            </thead>
            <tbody>
              {unassigned.data.map((p) => (
                <tr key={p.participantId}>
                  <th scope="row">
                    <Link to={`/participants/${p.participantId}`}>
                      {p.firstName} {p.lastName}
                    </Link>
                  </th>
                  <td>
                    <Link to={`/participants/${p.participantId}/team`}>
                      {t('reassign.chooseCoach', { name: `${p.firstName} ${p.lastName}` })}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
      <ReassignForm />
    </Page>
  );
}
