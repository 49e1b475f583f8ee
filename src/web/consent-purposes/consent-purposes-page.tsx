import { useTranslation } from 'react-i18next';
import { Loading } from '#web/components/loading.tsx';
import { Page } from '#web/components/page.tsx';
import { QueryError } from '#web/components/query-error.tsx';
import { TableRegion } from '#web/components/table-region.tsx';
import { useConsentPurposes } from '#web/consents/api.ts';
import { PurposeCreateForm } from './purpose-create-form.tsx';
import { PurposeRow } from './purpose-row.tsx';

/** The purposes consent is asked for: built-in ones, and the organisation's own (administrators). */
export function ConsentPurposesPage() {
  const { t } = useTranslation();
  const purposes = useConsentPurposes();
  return (
    <Page title={t('consentPurposes.title')} lead={t('consentPurposes.lead')} wide>
      {purposes.isPending && <Loading />}
      {purposes.error && <QueryError error={purposes.error} retry={() => void purposes.refetch()} />}
      {purposes.data && (
        <TableRegion labelledBy="purposes-caption">
          <table className="table">
            <caption id="purposes-caption">{t('consentPurposes.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('consentPurposes.labelSv')}</th>
                <th scope="col">{t('consentPurposes.labelEn')}</th>
                <th scope="col">{t('consentPurposes.key')}</th>
                <th scope="col">{t('consentPurposes.state')}</th>
                <th scope="col">{t('consentPurposes.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {purposes.data.map((purpose) => (
                <PurposeRow key={purpose.key} purpose={purpose} />
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
      <PurposeCreateForm />
    </Page>
  );
}
