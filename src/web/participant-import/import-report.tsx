import type { ReactNode, RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportReport } from '#shared/participants.ts';
import { TableRegion } from '#web/components/table-region.tsx';
import { isImportField, problemMessage } from './import-problems.ts';
import { rowsWithProblems } from './sheet-file.ts';

type Props = {
  fileName: string;
  report: ImportReport;
  /** The heading, which takes focus when a new report arrives, so screen-reader users hear it. */
  headingRef: RefObject<HTMLHeadingElement | null>;
  /** What may be done next: the button that imports, when there is nothing to fix. */
  children?: ReactNode;
};

/** What the check found: how many rows, how many with problems, and every problem by row and column. */
export function ImportReportView({ fileName, report, headingRef, children }: Props) {
  const { t } = useTranslation();
  const withProblems = rowsWithProblems(report);
  const column = (field: string) =>
    isImportField(field) ? t(`import.columns.${field}.header`) : field || '–';
  const message = (problem: ImportReport['problems'][number]) => {
    const found = problemMessage(problem);
    if ('raw' in found) return <span lang="en">{found.raw}</span>;
    return t(`import.problems.${found.key}`, { row: found.row });
  };

  return (
    <section className="panel import-report" aria-labelledby="import-report-title">
      <h2 className="panel__title" id="import-report-title" ref={headingRef} tabIndex={-1}>
        {t('import.reportTitle', { file: fileName })}
      </h2>
      <dl className="import-report__summary">
        <div>
          <dt>{t('import.rows')}</dt>
          <dd>{report.rows}</dd>
        </div>
        <div>
          <dt>{t('import.rowsOk')}</dt>
          <dd>{report.rows - withProblems}</dd>
        </div>
        <div>
          <dt>{t('import.rowsWithProblems')}</dt>
          <dd>{withProblems}</dd>
        </div>
      </dl>
      {report.problems.length > 0 && (
        <>
          <p className="import-report__refusal">{t('import.cannotImport')}</p>
          <TableRegion labelledBy="import-problems-caption">
            <table className="table">
              <caption id="import-problems-caption">{t('import.problemsCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('import.row')}</th>
                  <th scope="col">{t('import.column')}</th>
                  <th scope="col">{t('import.problem')}</th>
                </tr>
              </thead>
              <tbody>
                {report.problems.map((p, i) => (
                  <tr key={i}>
                    <td>{p.row}</td>
                    <td>{column(p.field)}</td>
                    <td>{message(p)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
          <p>{t('import.rowNumbers')}</p>
        </>
      )}
      {children}
    </section>
  );
}
