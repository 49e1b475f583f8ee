import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '#web/components/loading.tsx';
import { Page } from '#web/components/page.tsx';
import { QueryError } from '#web/components/query-error.tsx';
import { TableRegion } from '#web/components/table-region.tsx';
import { seg } from '#web/lib/api.ts';
import { LanguageName } from '#web/participants/language-name.tsx';
import { usePartnerParticipants } from './api.ts';

/** For the adult-education school: the participants who consented to sharing with it, and nobody else. */
export function PartnerPage() {
  const { t } = useTranslation();
  const list = usePartnerParticipants();
  return (
    <Page title={t('partner.title')} lead={t('partner.lead')}>
      {list.isPending && <Loading />}
      {list.error && <QueryError error={list.error} retry={() => void list.refetch()} />}
      {list.data?.length === 0 && <p>{t('partner.empty')}</p>}
      {list.data && list.data.length > 0 && (
        <TableRegion labelledBy="partner-caption">
          <table className="table">
            <caption id="partner-caption">{t('partner.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('partner.name')}</th>
                <th scope="col">{t('partner.birthYear')}</th>
                <th scope="col">{t('partner.languages')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.map((p) => (
                <tr key={p.id}>
                  <td>
                    <Link to={`/partner/${seg(p.id)}`}>
                      {t('partner.recordLink', { name: `${p.firstName} ${p.lastName}` })}
                    </Link>
                  </td>
                  <td>{p.birthYear ?? '–'}</td>
                  <td>
                    {p.languages.map((code, i) => (
                      <span key={code}>
                        {i > 0 && ', '}
                        <LanguageName code={code} />
                      </span>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
    </Page>
  );
}
