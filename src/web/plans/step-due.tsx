import type { TFunction } from 'i18next';
import type { PlanStep } from '#shared/plans.ts';
import { formatDate } from '#web/lib/format.ts';
import { isOverdue } from './plan-values.ts';

type Props = { step: PlanStep; today: string; t: TFunction; lang: string };

/** A step's date; an overdue one says so in words (and stands out), not by colour alone. */
export function StepDue({ step, today, t, lang }: Props) {
  if (!step.dueOn) return <span className="muted">{t('plan.noDate')}</span>;
  const date = formatDate(step.dueOn, lang);
  if (isOverdue(step, today)) return <strong className="plan-overdue">{t('plan.overdue', { date })}</strong>;
  return <time dateTime={step.dueOn}>{date}</time>;
}
