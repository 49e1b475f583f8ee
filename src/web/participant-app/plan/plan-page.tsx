import type { MyPlan } from '#shared/participant-app.ts';
import { Icon, isKnownDomain } from '../icons/icons.tsx';
import { formatDate } from '../lib/format.ts';
import { useI18n } from '../lib/i18n.tsx';
import { useApi } from '../lib/use-api.ts';
import { LoadState } from '../shell/load-state.tsx';
import { Page } from '../shell/page.tsx';

const roleKey = (role: string) =>
  [
    'coach',
    'case_worker',
    'teacher',
    'language_supporter',
    'family_supporter',
    'volunteer_coordinator',
  ].includes(role)
    ? role
    : 'other';

/** Min plan: her goals with a picture for each domain, the next steps and who helps, and her team. */
export default function PlanPage() {
  const { t, language } = useI18n();
  const state = useApi<MyPlan>('/api/me/plan');
  const plan = state.data;
  return (
    <Page title={t('plan.title')} lead={t('plan.lead')}>
      <LoadState state={state} />
      {plan && plan.goals.length === 0 && <p>{t('plan.empty')}</p>}
      {plan && plan.goals.length > 0 && (
        <ul className="p-list" aria-label={t('plan.goals')}>
          {plan.goals.map((goal) => {
            const domain = isKnownDomain(goal.domainKey) ? goal.domainKey : 'other';
            return (
              <li key={goal.id} className="p-card">
                <div className="p-with-icon">
                  <Icon name={domain} />
                  <div>
                    <p className="p-muted">{t(`domains.${domain}`)}</p>
                    <h2>{goal.title}</h2>
                    {goal.status === 'achieved' && <p className="p-done">{t('plan.achieved')}</p>}
                  </div>
                </div>
                {goal.steps.length > 0 && (
                  <>
                    <h3>{t('plan.steps')}</h3>
                    <ul className="p-steps">
                      {goal.steps.map((step) => (
                        <li
                          key={step.id}
                          className={step.status === 'done' ? 'p-step p-step--done' : 'p-step'}
                        >
                          <span className="p-step-title">
                            {step.status === 'done' && <span className="p-done">{t('plan.stepDone')} </span>}
                            {step.title}
                          </span>
                          {step.owner.kind === 'you' && <span>{t('plan.ownerYou')}</span>}
                          {step.owner.kind === 'team' && (
                            <span>
                              {t('plan.ownerTeam', {
                                name: step.owner.firstName,
                                role: t(`roles.${roleKey(step.owner.role)}`),
                              })}
                            </span>
                          )}
                          {step.dueOn && (
                            <span>{t('plan.due', { date: formatDate(step.dueOn, language) })}</span>
                          )}
                        </li>
                      ))}
                    </ul>
                  </>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {plan && (
        <>
          <h2>{t('plan.team')}</h2>
          {plan.team.length === 0 ? (
            <p>{t('plan.noTeam')}</p>
          ) : (
            <ul className="p-list">
              {plan.team.map((member, i) => (
                <li key={i} className="p-card">
                  <strong>{member.firstName}</strong>, {t(`roles.${roleKey(member.role)}`)}
                  {member.responsible && <> ({t('plan.responsible')})</>}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </Page>
  );
}
