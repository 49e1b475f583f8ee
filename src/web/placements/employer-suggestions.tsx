import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PlanGoal } from '#shared/plans.ts';
import { Loading } from '#web/components/loading.tsx';
import { QueryError } from '#web/components/query-error.tsx';
import { formatDate } from '#web/lib/format.ts';
import { useEmployerSuggestions } from './api.ts';
import { reasonText } from './reason-text.ts';

type Props = {
  participantId: string;
  goals: readonly PlanGoal[];
  /** Opens the booking form with the employer; without it (no right to book) there is no button. */
  onBook: ((employerId: string) => void) | undefined;
};

/** Förslag på arbetsgivare: each with the reasons in words, so the coach can judge them. */
export function EmployerSuggestionsPanel({ participantId, goals, onBook }: Props) {
  const { t, i18n } = useTranslation();
  const suggestions = useEmployerSuggestions(participantId);
  const data = suggestions.data;
  const goalTitle = (id: string) => goals.find((g) => g.id === id)?.title;
  return (
    <section className="placement-suggestions" aria-labelledby="placement-suggestions-title">
      <h3 id="placement-suggestions-title">{t('placements.suggestions.title')}</h3>
      <p>{t('placements.suggestions.lead')}</p>
      {suggestions.isPending && <Loading />}
      {suggestions.error && <QueryError error={suggestions.error} retry={() => void suggestions.refetch()} />}
      {data && (
        <>
          <p>
            {data.assessedOn
              ? t('placements.suggestions.stage', {
                  date: formatDate(data.assessedOn, i18n.language),
                  stage: t(`placements.suggestions.stages.${data.stage}`),
                })
              : t('placements.suggestions.noAssessment', {
                  stage: t(`placements.suggestions.stages.${data.stage}`),
                })}
          </p>
          {data.items.length === 0 && <p>{t('placements.suggestions.empty')}</p>}
          {data.items.length > 0 && (
            <ul className="placement-suggestions__list">
              {data.items.map((s) => {
                return (
                  <li className="placement-suggestion" key={s.employerId}>
                    <h4 className="placement-suggestion__name">
                      <Link to={`/employers/${s.employerId}`}>{s.name}</Link>
                    </h4>
                    {s.industry && <p className="muted placement-suggestion__industry">{s.industry}</p>}
                    <ul
                      className="placement-suggestion__reasons"
                      aria-label={t('placements.suggestions.reasonsLabel', { name: s.name })}
                    >
                      {s.reasons.map((reason, i) => (
                        <li key={i}>{reasonText(t, reason, goalTitle)}</li>
                      ))}
                    </ul>
                    {onBook && (
                      <button
                        type="button"
                        className="button button--small"
                        onClick={() => onBook(s.employerId)}
                      >
                        {t('placements.suggestions.book')}
                        <span className="visually-hidden">
                          {' '}
                          {t('placements.suggestions.bookLabel', { name: s.name })}
                        </span>
                      </button>
                    )}
                  </li>
                );
              })}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
