import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EmployerSummary } from '#shared/employers.ts';
import { formatOrganisationNumber } from '#shared/organisation-number.ts';
import { TableRegion } from '#web/components/table-region.tsx';
import { industryText, offersText } from './employer-text.ts';

export function EmployersTable({ items }: { items: EmployerSummary[] }) {
  const { t } = useTranslation();
  return (
    <TableRegion labelledBy="employers-caption">
      <table className="table">
        <caption id="employers-caption">{t('employers.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('employers.name')}</th>
            <th scope="col">{t('employers.organisationNumber')}</th>
            <th scope="col">{t('employers.industry')}</th>
            <th scope="col">{t('employers.offers')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((e) => (
            <tr key={e.id}>
              <th scope="row">
                <Link to={`/employers/${e.id}`}>{e.name}</Link>
              </th>
              {/* Organisation numbers are public (a sole trader's is shown only to staff of the unit). */}
              <td className="table__nowrap">
                {e.organisationNumber ? formatOrganisationNumber(e.organisationNumber) : '–'}
              </td>
              <td>{industryText(e)}</td>
              <td>{offersText(t, e)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
