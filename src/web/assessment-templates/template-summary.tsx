import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AssessmentTemplate, Domain } from '#shared/assessments.ts';
import { labelOf } from '#web/assessments/assessment-values.ts';
import { formatDateTime } from '#web/lib/format.ts';
import { titleOf } from './template-values.ts';

type Question = Domain['questions'][number];

type Props = { template: AssessmentTemplate; canManage: boolean };

/** One template: its version, its domains in order with their questions, and the way to publish the next version. */
export function TemplateSummary({ template, canManage }: Props) {
  const { t, i18n } = useTranslation();
  const title = titleOf(template, i18n.language);
  const id = `template-${template.key}`;
  // How a question is answered: "choice: A, B, C", "free text".
  const answersOf = (question: Question) => {
    const type = t(`templates.questionTypes.${question.type}`);
    if (question.type !== 'choice' || !question.options?.length) return type;
    return `${type}: ${question.options.map((o) => labelOf(o, i18n.language)).join(', ')}`;
  };
  return (
    <section className="panel template-summary" aria-labelledby={id}>
      <h2 className="panel__title" id={id}>
        {title}
      </h2>
      <p>
        <span className={template.builtIn ? 'tag tag--muted' : 'tag tag--success'}>
          {template.builtIn ? t('templates.builtIn') : t('templates.own')}
        </span>{' '}
        {t('templates.version', {
          version: template.version,
          date: formatDateTime(template.createdAt, i18n.language),
        })}
      </p>
      <h3 className="template-summary__domains-title" id={`${id}-domains`}>
        {t('templates.domainCount', { count: template.domains.length })}
      </h3>
      <ol className="template-summary__domains" aria-labelledby={`${id}-domains`}>
        {template.domains.map((domain) => (
          <li key={domain.key}>
            {labelOf(domain, i18n.language)}
            {domain.questions.length > 0 && (
              <>
                <span className="muted">
                  {' '}
                  {t('templates.questionCount', { count: domain.questions.length })}
                </span>
                <ul className="template-summary__questions">
                  {domain.questions.map((question) => (
                    <li key={question.key}>
                      {labelOf(question, i18n.language)}{' '}
                      <span className="muted">({answersOf(question)})</span>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </li>
        ))}
      </ol>
      {canManage && (
        <p>
          <Link className="button" to={`/templates/${encodeURIComponent(template.key)}/new`}>
            {t('templates.publishLink', { title })}
          </Link>
        </p>
      )}
    </section>
  );
}
