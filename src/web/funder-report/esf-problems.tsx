import { useTranslation } from 'react-i18next';
import type { EsfProblem } from '#shared/funder-report.ts';

/** What is missing or contradictory in her data, as the validation report says it. */
export function EsfProblems({ problems }: { problems: EsfProblem[] }) {
  const { t } = useTranslation();
  if (problems.length === 0) return <p>{t('funderReport.problems.none')}</p>;
  return (
    <div className="notice notice--warning" role="note">
      <p>{t('funderReport.problems.lead')}</p>
      <ul>
        {problems.map((p) => (
          <li key={p}>{t(`funderReport.problems.${p}`)}</li>
        ))}
      </ul>
    </div>
  );
}
