import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import type { Employer } from '#shared/employers.ts';
import { formatOrganisationNumber } from '#shared/organisation-number.ts';
import { useAbility } from '#web/auth/session-context.ts';
import { Loading } from '#web/components/loading.tsx';
import { Notice } from '#web/components/notice.tsx';
import { Page } from '#web/components/page.tsx';
import { QueryError } from '#web/components/query-error.tsx';
import { useEmployer } from './api.ts';
import { EmployerContacts } from './employer-contacts.tsx';
import { industryText, offersText } from './employer-text.ts';
import { formatPostalCode } from './employer-values.ts';
import './employers.css';

export function EmployerPage() {
  const { t } = useTranslation();
  const id = useParams().id ?? '';
  const employer = useEmployer(id);
  const state = useLocation().state as { created?: boolean; saved?: boolean } | null;
  return (
    <Page title={employer.data?.name ?? t('employers.title')} wide>
      {state?.created && <Notice kind="success">{t('employers.created')}</Notice>}
      {state?.saved && <Notice kind="success">{t('employers.saved')}</Notice>}
      {employer.isPending && <Loading />}
      {employer.error && <QueryError error={employer.error} />}
      {employer.data && <EmployerDetails employer={employer.data} />}
      <p>
        <Link to="/employers">{t('employers.back')}</Link>
      </p>
    </Page>
  );
}

function EmployerDetails({ employer: e }: { employer: Employer }) {
  const { t } = useTranslation();
  const canWrite = useAbility('employers.write');
  const address = (kind: 'visiting' | 'postal') => {
    const a = e.addresses.find((x) => x.kind === kind);
    return a ? `${a.street}\n${formatPostalCode(a.postalCode)} ${a.city}` : '–';
  };
  return (
    <>
      <dl className="employer-record">
        <dt>{t('employers.organisationNumber')}</dt>
        <dd>
          {e.organisationNumber ? formatOrganisationNumber(e.organisationNumber) : t('employers.noNumber')}
        </dd>
        <dt>{t('employers.industry')}</dt>
        <dd>{industryText(e)}</dd>
        <dt>{t('employers.offers')}</dt>
        <dd>{offersText(t, e)}</dd>
        <dt>{t('employers.addressKinds.visiting')}</dt>
        <dd>{address('visiting')}</dd>
        <dt>{t('employers.addressKinds.postal')}</dt>
        <dd>{address('postal')}</dd>
        <dt>{t('employers.notes')}</dt>
        <dd>{e.notes ?? '–'}</dd>
      </dl>
      <EmployerContacts employer={e} />
      {canWrite && (
        <p className="button-row">
          <Link className="button" to={`/employers/${e.id}/edit`}>
            {t('employers.editLink')}
          </Link>
        </p>
      )}
    </>
  );
}
