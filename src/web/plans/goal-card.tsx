import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan, PlanGoal } from '#shared/plans.ts';
import type { TeamMember } from '#shared/teams.ts';
import { TableRegion } from '#web/components/table-region.tsx';
import { todayIso } from '#web/lib/format.ts';
import { GoalForm } from './goal-form.tsx';
import { goalIn, stepIn } from './plan-values.ts';
import { StepDue } from './step-due.tsx';
import { StepForm } from './step-form.tsx';

type Props = {
  participantId: string;
  goal: PlanGoal;
  domains: readonly { key: string; label: string }[];
  team: readonly TeamMember[];
  canWrite: boolean;
  onNotice: (text: string) => void;
  /** Fetches the plan as it is now, after someone else changed a goal or step. */
  latestPlan: () => Promise<Plan | undefined>;
};

type Editing = { kind: 'goal' } | { kind: 'step'; stepId: string | null } | null;

/** One mål: its domain and status, its steps as a table, and (for those who may) forms to change them. */
export function GoalCard({ participantId, goal, domains, team, canWrite, onNotice, latestPlan }: Props) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState<Editing>(null);
  const today = todayIso();
  const domain = domains.find((d) => d.key === goal.domainKey)?.label ?? goal.domainKey;
  const captionId = `goal-${goal.id}-caption`;
  const editedStep = editing?.kind === 'step' ? goal.steps.find((s) => s.id === editing.stepId) : undefined;

  return (
    <section className={`plan-goal plan-goal--${goal.status}`} aria-labelledby={`goal-${goal.id}-title`}>
      <h3 className="plan-goal__title" id={`goal-${goal.id}-title`}>
        {t('plan.goalHeading', { title: goal.title })}
      </h3>
      <p className="plan-goal__meta">
        {domain && <span>{t('plan.domainLine', { domain })}</span>}{' '}
        <span className={goal.status === 'open' ? 'tag tag--accent' : 'tag tag--muted'}>
          {t('plan.goalStatusLine', { status: t(`plan.goalStatuses.${goal.status}`) })}
        </span>
      </p>
      {goal.steps.length === 0 ? (
        <p>{t('plan.noSteps')}</p>
      ) : (
        <TableRegion labelledBy={captionId}>
          <table className="table">
            <caption id={captionId}>{t('plan.stepsCaption', { title: goal.title })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('plan.step')}</th>
                <th scope="col">{t('plan.owner')}</th>
                <th scope="col">{t('plan.dueOn')}</th>
                <th scope="col">{t('plan.status')}</th>
                {canWrite && <th scope="col">{t('plan.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {goal.steps.map((step) => (
                <tr key={step.id}>
                  <th scope="row">{step.title}</th>
                  <td>
                    {step.ownerIsParticipant
                      ? t('plan.participantOwner')
                      : (step.ownerName ?? <span className="muted">{t('plan.noOwner')}</span>)}
                  </td>
                  <td>
                    <StepDue step={step} today={today} t={t} lang={i18n.language} />
                  </td>
                  <td>{t(`plan.stepStatuses.${step.status}`)}</td>
                  {canWrite && (
                    <td>
                      <button
                        type="button"
                        className="button-link"
                        onClick={() => setEditing({ kind: 'step', stepId: step.id })}
                      >
                        {t('plan.editStep', { title: step.title })}
                      </button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
      {canWrite && editing?.kind === 'step' && (
        <StepForm
          key={editing.stepId ?? 'new'}
          participantId={participantId}
          goal={goal}
          {...(editedStep ? { step: editedStep } : {})}
          team={team}
          onDone={(title) => {
            setEditing(null);
            onNotice(editedStep ? t('plan.saved') : t('plan.stepAdded', { title }));
          }}
          onCancel={() => setEditing(null)}
          latest={async (id) => stepIn(await latestPlan(), id)}
        />
      )}
      {canWrite && editing?.kind === 'goal' && (
        <GoalForm
          participantId={participantId}
          domains={domains}
          goal={goal}
          level={4}
          onDone={() => {
            setEditing(null);
            onNotice(t('plan.saved'));
          }}
          onCancel={() => setEditing(null)}
          latest={async (id) => goalIn(await latestPlan(), id)}
        />
      )}
      {canWrite && editing === null && (
        <div className="button-row">
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setEditing({ kind: 'step', stepId: null })}
          >
            {t('plan.newStep')}
            <span className="visually-hidden">: {goal.title}</span>
          </button>
          <button type="button" className="button-link" onClick={() => setEditing({ kind: 'goal' })}>
            {t('plan.editGoal', { title: goal.title })}
          </button>
        </div>
      )}
    </section>
  );
}
