import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ParticipantSummary } from '#shared/participants.ts';
import { TableRegion } from '#web/components/table-region.tsx';
import { formatDate, formatDateTime } from '#web/lib/format.ts';

export function ParticipantsTable({ items }: { items: ParticipantSummary[] }) {
  const { t, i18n } = useTranslation();
  return (
    <TableRegion labelledBy="participants-caption">
      <table className="table">
        <caption id="participants-caption">{t('participants.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('participants.name')}</th>
            <th scope="col">{t('participants.identityNumberShort')}</th>
            <th scope="col">{t('participants.birthDate')}</th>
            <th scope="col">{t('participants.registered')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((p) => (
            <tr key={p.id}>
              <th scope="row">
                <Link to={`/participants/${p.id}`}>
                  {p.lastName}, {p.firstName}
                </Link>
              </th>
              <td className="table__nowrap">{p.identityNumberMasked ?? '–'}</td>
              <td>{p.birthDate ? formatDate(p.birthDate, i18n.language) : '–'}</td>
              <td className="table__nowrap">{formatDateTime(p.createdAt, i18n.language)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
