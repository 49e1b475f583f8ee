import { useTranslation } from 'react-i18next';
import { evaluationStages, ratingKeys, textKeys, type Placement } from '#shared/placements.ts';
import { TableRegion } from '#web/components/table-region.tsx';
import { formatDate } from '#web/lib/format.ts';

type Evaluation = Placement['evaluations'][number];

/** Where an evaluation stands: not asked for, waiting for the supervisor, answered, or its link expired. */
export function evaluationState(e: Evaluation | undefined, now = Date.now()) {
  if (!e) return 'notRequested' as const;
  if (e.submittedAt) return 'answered' as const;
  return Date.parse(e.expiresAt) <= now ? ('expired' as const) : ('requested' as const);
}

/** The mid-point and final evaluations, each with its state and, once answered, the supervisor's answers. */
export function PlacementEvaluations({ placement }: { placement: Placement }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <section aria-labelledby={`placement-${placement.id}-evaluations`}>
      <h4 id={`placement-${placement.id}-evaluations`}>{t('placements.evaluationsTitle')}</h4>
      <ul className="placement__evaluations">
        {evaluationStages.map((stage) => {
          const e = placement.evaluations.find((x) => x.stage === stage);
          const state = evaluationState(e);
          const stageName = t(`placements.stages.${stage}`);
          return (
            <li key={stage}>
              <strong>{stageName}:</strong>{' '}
              {t(`placements.evaluationStates.${state}`, {
                date: e
                  ? formatDate(
                      (state === 'answered'
                        ? e.submittedAt
                        : state === 'expired'
                          ? e.expiresAt
                          : e.requestedAt)!,
                      lang,
                    )
                  : '',
                due: e ? formatDate(e.dueOn, lang) : '',
                name: e?.submittedByName ?? '',
              })}
              {state === 'requested' && e!.reminderCount > 0 && (
                <> {t('placements.reminded', { count: e!.reminderCount })}</>
              )}
              {state === 'answered' && e!.answers && <Answers evaluation={e!} stageName={stageName} />}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function Answers({ evaluation: e, stageName }: { evaluation: Evaluation; stageName: string }) {
  const { t } = useTranslation();
  const captionId = `evaluation-${e.id}-caption`;
  const answers = e.answers!;
  return (
    <TableRegion labelledBy={captionId}>
      <table className="table placement__answers">
        <caption id={captionId}>{t('placements.answersCaption', { stage: stageName })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('placements.question')}</th>
            <th scope="col">{t('placements.answer')}</th>
          </tr>
        </thead>
        <tbody>
          {ratingKeys.map((key) => (
            <tr key={key}>
              <th scope="row">{t(`placements.questions.${key}`)}</th>
              <td>{t('placements.ratingValue', { value: answers.ratings[key] })}</td>
            </tr>
          ))}
          {textKeys.map((key) => (
            <tr key={key}>
              <th scope="row">{t(`placements.questions.${key}`)}</th>
              <td className="placement__text">
                {answers[key] || <span className="muted">{t('placements.noAnswer')}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
