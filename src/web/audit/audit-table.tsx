import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '#shared/audit.ts';
import { TableRegion } from '#web/components/table-region.tsx';
import { formatDateTime } from '#web/lib/format.ts';
import { actionLabel, subjectLabel } from './audit-labels.ts';

const outcomeTag = { ok: 'tag tag--success', denied: 'tag tag--accent', failed: 'tag tag--accent' } as const;

type Props = { entries: AuditEntry[]; names: Map<string, string> };

export function AuditTable({ entries, names }: Props) {
  const { t, i18n } = useTranslation();
  return (
    <TableRegion labelledBy="audit-caption">
      <table className="table" data-testid="audit-table">
        <caption id="audit-caption">{t('audit.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('audit.columns.at')}</th>
            <th scope="col">{t('audit.columns.action')}</th>
            <th scope="col">{t('audit.columns.outcome')}</th>
            <th scope="col">{t('audit.columns.actor')}</th>
            <th scope="col">{t('audit.columns.unit')}</th>
            <th scope="col">{t('audit.columns.subject')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.seq}>
              <td className="table__nowrap">
                <time dateTime={entry.at}>{formatDateTime(entry.at, i18n.language)}</time>
              </td>
              <td>{actionLabel(t, entry.action)}</td>
              <td>
                <span className={outcomeTag[entry.outcome]}>{t(`audit.outcomes.${entry.outcome}`)}</span>
              </td>
              <td>{entry.actorName ?? t('audit.system')}</td>
              <td>{entry.unitName ?? ''}</td>
              <td>{subjectLabel(t, entry, names)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
