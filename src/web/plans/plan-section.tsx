import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAbility } from '#web/auth/session-context.ts';
import { Loading } from '#web/components/loading.tsx';
import { Notice } from '#web/components/notice.tsx';
import { QueryError } from '#web/components/query-error.tsx';
import { useTeam } from '#web/teams/api.ts';
import { usePlan } from './api.ts';
import { GoalCard } from './goal-card.tsx';
import { GoalForm } from './goal-form.tsx';
import { PlanHistory } from './plan-history.tsx';
import { domainLabel, goalIn } from './plan-values.ts';
import { useDomains } from './use-domains.ts';
import './plan.css';

/** Her handlingsplan: mål, the steg towards each with owner and date, and what has happened in it. */
export function PlanSection({ participantId }: { participantId: string }) {
  const { t, i18n } = useTranslation();
  const plan = usePlan(participantId);
  const team = useTeam(participantId);
  const canWrite = useAbility('plans.write');
  const rawDomains = useDomains();
  const domains = rawDomains.map((d) => ({
    key: d.key,
    label: domainLabel(rawDomains, d.key, i18n.language)!,
  }));
  const [notice, setNotice] = useState<string | null>(null);
  const latestPlan = async () => (await plan.refetch({ throwOnError: true })).data;

  return (
    <section aria-labelledby="plan-title">
      <h2 id="plan-title">{t('plan.title')}</h2>
      <p className="lead">{t('plan.lead')}</p>
      <p>
        <Link to={`/participants/${participantId}/plan/print`}>{t('plan.printLink')}</Link>
      </p>
      {notice && <Notice kind="success">{notice}</Notice>}
      {plan.isPending && <Loading />}
      {plan.error && <QueryError error={plan.error} retry={() => void plan.refetch()} />}
      {plan.data && (
        <>
          {plan.data.goals.length === 0 && <p>{t('plan.empty')}</p>}
          {plan.data.goals.map((goal) => (
            <GoalCard
              key={goal.id}
              participantId={participantId}
              goal={goal}
              domains={domains}
              team={team.data ?? []}
              canWrite={canWrite}
              onNotice={setNotice}
              latestPlan={latestPlan}
            />
          ))}
          {canWrite && (
            <GoalForm
              participantId={participantId}
              domains={domains}
              level={3}
              onDone={(title) => setNotice(t('plan.goalAdded', { title }))}
              latest={async (id) => goalIn(await latestPlan(), id)}
            />
          )}
          <PlanHistory plan={plan.data} />
        </>
      )}
    </section>
  );
}
