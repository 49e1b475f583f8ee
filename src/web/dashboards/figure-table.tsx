import { useTranslation } from 'react-i18next';
import { isSuppressed, type Cell, type Figure } from '#shared/dashboards.ts';
import { TableRegion } from '#web/components/table-region.tsx';

type Props = {
  figure: Figure;
  caption: string;
  rowLabel: (row: Figure['rows'][number]) => string;
  columnLabel: (key: string) => string;
  format: (n: number) => string;
};

export function CellText({ cell, format }: { cell: Cell; format: (n: number) => string }) {
  const { t } = useTranslation();
  if (cell === null) {
    return (
      <>
        <span aria-hidden="true">–</span>
        <span className="visually-hidden">{t('dashboards.notApplicable')}</span>
      </>
    );
  }
  if (isSuppressed(cell)) {
    return (
      <>
        <span aria-hidden="true">&lt;5</span>
        <span className="visually-hidden">{t('dashboards.hidden')}</span>
      </>
    );
  }
  return <>{format(cell)}</>;
}

/** The figure as a table: what a screen reader reads instead of the chart, and what anyone may choose. */
export function FigureTable({ figure, caption, rowLabel, columnLabel, format }: Props) {
  const { t } = useTranslation();
  const monthly = figure.chart === 'line';
  const captionId = `figure-${figure.key}-caption`;
  return (
    <TableRegion labelledBy={captionId}>
      <table className="table">
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{monthly ? t('dashboards.month') : t('dashboards.category')}</th>
            {figure.columns.map((c) => (
              <th scope="col" key={c.key}>
                {columnLabel(c.key)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {figure.rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{rowLabel(row)}</th>
              {row.cells.map((cell, i) => (
                <td key={figure.columns[i]!.key}>
                  <CellText cell={cell} format={format} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        {figure.total && (
          <tfoot>
            <tr>
              <th scope="row">{t('dashboards.total')}</th>
              {figure.total.map((cell, i) => (
                <td key={figure.columns[i]!.key}>
                  <strong>
                    <CellText cell={cell} format={format} />
                  </strong>
                </td>
              ))}
            </tr>
          </tfoot>
        )}
      </table>
    </TableRegion>
  );
}
