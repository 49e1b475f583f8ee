import { useTranslation } from 'react-i18next';
import { useAbility } from '#web/auth/session-context.ts';
import { formatMonth } from '#web/lib/format.ts';
import { hoursExportUrl, isMonth, type ExportFormat } from './hours-export.ts';

const formats: ExportFormat[] = ['xlsx', 'csv'];

/** Download links for the month's attested hours: one activity's, or the whole unit's without an activity. */
export function HoursDownloads({ activityId, month }: { activityId?: string; month: string }) {
  const { t, i18n } = useTranslation();
  const canExport = useAbility('hours.export');
  if (!canExport || !isMonth(month)) return null;
  const monthName = formatMonth(`${month}-01`, i18n.language);
  return (
    <div className="hours-downloads">
      <p className="button-row">
        {formats.map((format) => (
          <a
            key={format}
            className="button button--secondary"
            href={hoursExportUrl({
              ...(activityId ? { activityId } : {}),
              month,
              format,
              language: i18n.language,
            })}
            download
          >
            {t(`attestedHours.download.${format}`, { month: monthName })}
          </a>
        ))}
      </p>
      <p className="muted">{t('attestedHours.download.hint')}</p>
    </div>
  );
}
