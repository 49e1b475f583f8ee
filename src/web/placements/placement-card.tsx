import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Placement } from '#shared/placements.ts';
import type { PlanGoal } from '#shared/plans.ts';
import { formatDate } from '#web/lib/format.ts';
import { EvaluationRequestForm } from './evaluation-request-form.tsx';
import { PlacementEvaluations } from './placement-evaluations.tsx';
import { PlacementEditForm } from './placement-edit-form.tsx';
import { PlacementEndForm } from './placement-end-form.tsx';
import { PlacementNotes } from './placement-notes.tsx';
import { kindLabel } from './placement-text.ts';

type Props = {
  participantId: string;
  placement: Placement;
  goals: readonly PlanGoal[];
  canWrite: boolean;
  onNotice: (text: string | null) => void;
  /** The placement as it is now, after someone else changed it. */
  latest: () => Promise<Placement | undefined>;
};

type Action = 'edit' | 'end' | 'evaluation' | null;

/** One placement: what, where, who supervises, when, her goals, then evaluations and follow-up notes. */
export function PlacementCard({ participantId, placement: p, goals, canWrite, onNotice, latest }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [action, setAction] = useState<Action>(null);
  const kind = kindLabel(p.kind, lang);
  const name = t('placements.heading', { kind, employer: p.employerName });
  const titleId = `placement-${p.id}-title`;
  const open = p.status === 'planned' || p.status === 'ongoing';
  const done = (text: string) => {
    setAction(null);
    onNotice(text);
  };
  const start = (next: Action) => {
    onNotice(null);
    setAction(next);
  };

  return (
    <article className={`placement placement--${p.status}`} aria-labelledby={titleId}>
      <h3 className="placement__title" id={titleId}>
        {kind} {t('placements.at')} <Link to={`/employers/${p.employerId}`}>{p.employerName}</Link>
      </h3>
      <p className="placement__status">
        <span className={open ? 'tag tag--accent' : 'tag tag--muted'}>
          {t(`placements.statuses.${p.status}`)}
        </span>
      </p>
      <dl className="placement__facts">
        <dt>{t('placements.supervisor')}</dt>
        <dd>
          {p.supervisor ? (
            <>
              {p.supervisor.name}
              {p.supervisor.phone && (
                <>
                  <br />
                  <a href={`tel:${p.supervisor.phone.replace(/[^+0-9]/g, '')}`}>{p.supervisor.phone}</a>
                </>
              )}
              {p.supervisor.email && (
                <>
                  <br />
                  <a href={`mailto:${p.supervisor.email}`}>{p.supervisor.email}</a>
                </>
              )}
            </>
          ) : (
            <span className="muted">{t('placements.noSupervisor')}</span>
          )}
        </dd>
        <dt>{t('placements.period')}</dt>
        <dd>
          {t('placements.periodValue', {
            from: formatDate(p.startsOn, lang),
            to: formatDate(p.endsOn, lang),
          })}
        </dd>
        <dt>{t('placements.hoursPerWeek')}</dt>
        <dd>
          {p.hoursPerWeek === null
            ? t('placements.notGiven')
            : t('placements.hoursValue', {
                hours: p.hoursPerWeek.toLocaleString(lang === 'sv' ? 'sv-SE' : 'en-GB'),
              })}
        </dd>
        <dt>{t('placements.goals')}</dt>
        <dd>
          {p.goalIds.length === 0 ? (
            t('placements.noGoals')
          ) : (
            <ul className="placement__goals">
              {p.goalIds.map((id) => (
                <li key={id}>{goals.find((g) => g.id === id)?.title ?? t('placements.goalGone')}</li>
              ))}
            </ul>
          )}
        </dd>
        {p.status === 'ended_early' && p.endedEarlyOn && (
          <>
            <dt>{t('placements.statuses.ended_early')}</dt>
            <dd>
              {t('placements.endedEarly', {
                date: formatDate(p.endedEarlyOn, lang),
                reason: p.endReason ?? '',
              })}
            </dd>
          </>
        )}
      </dl>
      {canWrite && action === null && (
        <p className="button-row">
          {p.status !== 'ended_early' && (
            <button type="button" className="button button--secondary" onClick={() => start('edit')}>
              {t('placements.editLink')}
              <span className="visually-hidden"> {name}</span>
            </button>
          )}
          {open && (
            <button type="button" className="button button--secondary" onClick={() => start('end')}>
              {t('placements.endLink')}
              <span className="visually-hidden"> {name}</span>
            </button>
          )}
          <button type="button" className="button button--secondary" onClick={() => start('evaluation')}>
            {t('placements.requestLink')}
            <span className="visually-hidden"> {name}</span>
          </button>
        </p>
      )}
      {action === 'edit' && (
        <PlacementEditForm
          participantId={participantId}
          placement={p}
          name={name}
          goals={goals}
          latest={latest}
          onDone={() => done(t('placements.saved'))}
          onCancel={() => setAction(null)}
        />
      )}
      {action === 'end' && (
        <PlacementEndForm
          participantId={participantId}
          placement={p}
          name={name}
          latest={latest}
          onDone={() => done(t('placements.ended'))}
          onCancel={() => setAction(null)}
        />
      )}
      {action === 'evaluation' && (
        <EvaluationRequestForm
          participantId={participantId}
          placement={p}
          name={name}
          onClose={() => setAction(null)}
        />
      )}
      <PlacementEvaluations placement={p} />
      <PlacementNotes participantId={participantId} placement={p} canWrite={canWrite} />
    </article>
  );
}
