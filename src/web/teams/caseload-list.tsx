import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '#web/components/loading.tsx';
import { QueryError } from '#web/components/query-error.tsx';
import { TableRegion } from '#web/components/table-region.tsx';
import { useCaseload } from './api.ts';

/** My participants: everyone whose arbetslag I am in. */
export function CaseloadList({ captionId }: { captionId: string }) {
  const { t } = useTranslation();
  const caseload = useCaseload();
  if (caseload.isPending) return <Loading />;
  if (caseload.error) return <QueryError error={caseload.error} retry={() => void caseload.refetch()} />;
  if (caseload.data.length === 0) return <p>{t('caseload.empty')}</p>;
  return (
    <TableRegion labelledBy={captionId}>
      <table className="table">
        <caption id={captionId}>{t('caseload.caption', { count: caseload.data.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('caseload.name')}</th>
            <th scope="col">{t('caseload.teamRole')}</th>
          </tr>
        </thead>
        <tbody>
          {caseload.data.map((c) => (
            <tr key={c.participantId}>
              <th scope="row">
                <Link to={`/participants/${c.participantId}`}>
                  {c.firstName} {c.lastName}
                </Link>
              </th>
              <td>
                {t(`team.roles.${c.teamRole}`)}
                {c.responsible && (
                  <>
                    {' '}
                    <span className="tag tag--accent">{t('team.responsible')}</span>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
