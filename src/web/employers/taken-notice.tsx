import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EmployerSummary } from '#shared/employers.ts';
import { Notice } from '#web/components/notice.tsx';

/** The unit already has an employer with this number: a link to it, so nobody registers it twice. */
export function TakenNotice({ existing }: { existing: EmployerSummary }) {
  const { t } = useTranslation();
  return (
    <Notice kind="warning">
      <p>
        <Link to={`/employers/${existing.id}`}>{t('employers.takenLink', { name: existing.name })}</Link>
      </p>
    </Notice>
  );
}
