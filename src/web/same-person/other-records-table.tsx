import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OtherRecord } from '#shared/same-person.ts';
import { TableRegion } from '#web/components/table-region.tsx';
import { formatDate } from '#web/lib/format.ts';
import { fullName } from './names.ts';

type Column<R> = { header: string; cell: (row: R) => ReactNode };

type Props<R extends OtherRecord> = {
  id: string;
  caption: string;
  rows: R[];
  /** Columns after name, birth date and number. */
  columns?: Column<R>[];
  /** The caption for assistive technology only, when a heading just above already says it. */
  captionHidden?: boolean;
  /** The actions column, left out when nothing may be done. */
  actions?: ((row: R) => ReactNode) | undefined;
};

/** Other records as a table: name (a link to open it), birth date and masked number, then what the caller adds. */
export function OtherRecordsTable<R extends OtherRecord>({
  id,
  caption,
  captionHidden,
  rows,
  columns = [],
  actions,
}: Props<R>) {
  const { t, i18n } = useTranslation();
  const none = <span className="field__optional">{t('participants.notGiven')}</span>;
  return (
    <TableRegion labelledBy={`${id}-caption`}>
      <table className="table">
        <caption id={`${id}-caption`} className={captionHidden ? 'visually-hidden' : undefined}>
          {caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('samePerson.name')}</th>
            <th scope="col">{t('samePerson.birthDate')}</th>
            <th scope="col">{t('samePerson.identityNumber')}</th>
            {columns.map((c) => (
              <th scope="col" key={c.header}>
                {c.header}
              </th>
            ))}
            {actions && <th scope="col">{t('samePerson.actions')}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <th scope="row">
                <Link to={`/participants/${r.id}`}>{fullName(r)}</Link>
              </th>
              <td className="table__nowrap">{r.birthDate ? formatDate(r.birthDate, i18n.language) : none}</td>
              <td className="table__nowrap">{r.identityNumberMasked ?? none}</td>
              {columns.map((c) => (
                <td key={c.header}>{c.cell(r)}</td>
              ))}
              {actions && <td>{actions(r)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
