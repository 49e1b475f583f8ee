import { useTranslation } from 'react-i18next';
import { TableRegion } from '#web/components/table-region.tsx';
import { importFields } from './import-problems.ts';

/** The columns the import reads, with the other heading each may have and what goes in it. */
export function ImportColumns() {
  const { t } = useTranslation();
  return (
    <details className="import-columns">
      <summary>{t('import.columnsTitle')}</summary>
      <p>{t('import.columnsIntro')}</p>
      <TableRegion labelledBy="import-columns-caption">
        <table className="table">
          <caption id="import-columns-caption">{t('import.columnsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('import.header')}</th>
              <th scope="col">{t('import.alternatives')}</th>
              <th scope="col">{t('import.content')}</th>
            </tr>
          </thead>
          <tbody>
            {importFields.map((field) => (
              <tr key={field}>
                <th scope="row">{t(`import.columns.${field}.header`)}</th>
                <td>{t(`import.columns.${field}.alternatives`)}</td>
                <td>{t(`import.columns.${field}.content`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
    </details>
  );
}
