import type { TFunction } from 'i18next';
import type { Plan } from '#shared/plans.ts';
import { formatDate, todayIso } from '#web/lib/format.ts';
import { domainLabel } from './plan-values.ts';
import { StepDue } from './step-due.tsx';

type Props = {
  t: TFunction;
  lang: string;
  name: string;
  plan: Plan;
  domains: readonly { key: string; labelSv: string; labelEn: string }[];
};

/** The printable plan in plain words, in the language of `t`: goals, steps with owners and dates, signatures. */
export function PlanDocument({ t, lang, name, plan, domains }: Props) {
  const today = todayIso();
  return (
    <article className="plan-document" lang={lang}>
      <h1>{t('planPrint.heading', { name })}</h1>
      <p>{t('planPrint.printedOn', { date: formatDate(today, lang) })}</p>
      <p className="lead">{t('planPrint.intro')}</p>
      {plan.goals.length === 0 && <p>{t('plan.empty')}</p>}
      {plan.goals.map((goal, i) => {
        const domain = domainLabel(domains, goal.domainKey, lang);
        const captionId = `print-goal-${goal.id}`;
        return (
          <section key={goal.id} className="plan-document__goal" aria-labelledby={`${captionId}-title`}>
            <h2 id={`${captionId}-title`}>{t('planPrint.goal', { number: i + 1, title: goal.title })}</h2>
            <p>
              {domain && <>{t('plan.domainLine', { domain })}. </>}
              {t('plan.goalStatusLine', { status: t(`plan.goalStatuses.${goal.status}`) })}
            </p>
            {goal.steps.length === 0 ? (
              <p>{t('plan.noSteps')}</p>
            ) : (
              <table className="table">
                <caption id={captionId}>{t('planPrint.stepsCaption', { number: i + 1 })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('plan.step')}</th>
                    <th scope="col">{t('planPrint.who')}</th>
                    <th scope="col">{t('plan.dueOn')}</th>
                    <th scope="col">{t('plan.status')}</th>
                  </tr>
                </thead>
                <tbody>
                  {goal.steps.map((step) => (
                    <tr key={step.id}>
                      <th scope="row">{step.title}</th>
                      <td>
                        {step.ownerIsParticipant
                          ? t('plan.participantOwner')
                          : (step.ownerName ?? t('plan.noOwner'))}
                      </td>
                      <td>
                        <StepDue step={step} today={today} t={t} lang={lang} />
                      </td>
                      <td>{t(`plan.stepStatuses.${step.status}`)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        );
      })}
      <section className="plan-document__signatures" aria-labelledby="print-signatures">
        <h2 id="print-signatures">{t('planPrint.signatures')}</h2>
        <p>{t('planPrint.signatureLead')}</p>
        <div className="signature-blocks">
          {(['participant', 'coach'] as const).map((who) => (
            <div key={who} className="signature-block">
              <h3>{t(`planPrint.${who}`)}</h3>
              {(['signature', 'nameClarification', 'date'] as const).map((line) => (
                <p key={line} className="signature-line">
                  {t(`planPrint.${line}`)}
                </p>
              ))}
            </div>
          ))}
        </div>
      </section>
    </article>
  );
}
