import { useTranslation } from 'react-i18next';
import type { Distance } from '#shared/assessments.ts';
import { TableRegion } from '#web/components/table-region.tsx';

type Row = Distance['domains'][number] & { label: string };

const dash = '–';
const n = (v: number | null) => (v === null ? dash : String(v));
const signed = (v: number | null) => (v === null ? dash : v > 0 ? `+${v}` : String(v));

/** The distance travelled between two assessments as a table: the charts' data for screen readers, and anyone. */
export function DistanceTable({
  rows,
  fromLabel,
  toLabel,
}: {
  rows: Row[];
  fromLabel: string;
  toLabel: string;
}) {
  const { t } = useTranslation();
  return (
    <TableRegion labelledBy="distance-caption">
      <table className="table">
        <caption id="distance-caption">
          {t('assessments.distanceCaption', { from: fromLabel, to: toLabel })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('assessments.domain')}</th>
            <th scope="col">{t('assessments.from')}</th>
            <th scope="col">{t('assessments.to')}</th>
            <th scope="col">{t('assessments.change')}</th>
            <th scope="col">{t('assessments.selfFromTo')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.label}</th>
              <td>{n(r.from)}</td>
              <td>{n(r.to)}</td>
              <td>{signed(r.change)}</td>
              <td>
                {n(r.selfFrom)} → {n(r.selfTo)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
