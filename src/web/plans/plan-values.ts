import type { Plan, PlanGoal, PlanStep } from '#shared/plans.ts';

type Event = Plan['history'][number];

/** A step is overdue when it is still to do (or under way) and its day has passed, in Stockholm. */
export const isOverdue = (step: Pick<PlanStep, 'status' | 'dueOn'>, today: string): boolean =>
  (step.status === 'todo' || step.status === 'doing') && step.dueOn !== null && step.dueOn < today;

/** Who owns a step, as a key of the owner choice: a user id, `participant`, or '' for nobody. */
export const ownerChoice = (step: Pick<PlanStep, 'ownerUserId' | 'ownerIsParticipant'>): string =>
  step.ownerUserId ?? (step.ownerIsParticipant ? participantOwner : '');

export const participantOwner = 'participant';

/** The owner choice as the fields the API takes. */
export const ownerFields = (choice: string): { ownerUserId: string | null; ownerIsParticipant: boolean } =>
  choice === participantOwner
    ? { ownerUserId: null, ownerIsParticipant: true }
    : { ownerUserId: choice || null, ownerIsParticipant: false };

/** A domain's label in the reader's language (Swedish unless English is asked for). */
export const domainLabel = (
  domains: readonly { key: string; labelSv: string; labelEn: string }[],
  key: string | null,
  lang: string,
): string | null => {
  const domain = key ? domains.find((d) => d.key === key) : undefined;
  if (!domain) return key;
  return lang === 'en' ? domain.labelEn : domain.labelSv;
};

export type HistoryLine = {
  /** The catalogue key under plan.history. */
  key:
    | 'goalCreated'
    | 'goalStatus'
    | 'goalUpdated'
    | 'stepCreated'
    | 'stepStatus'
    | 'stepOwner'
    | 'stepDue'
    | 'stepUpdated'
    | 'other';
  title: string;
  status?: string;
  date?: string | null;
};

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/**
 * What one event in the plan's history says, before translation: which sentence, about which goal or step
 * (its title when the event was written, or the current one), and the new status or date if that changed.
 */
export function historyLine(event: Event, goals: readonly PlanGoal[]): HistoryLine {
  const goal = goals.find((g) => g.id === event.goalId);
  const step =
    goal?.steps.find((s) => s.id === event.stepId) ??
    goals.flatMap((g) => g.steps).find((s) => s.id === event.stepId);
  const data = event.data;
  const goalTitle = text(data.title) ?? goal?.title ?? '';
  const stepTitle = text(data.title) ?? step?.title ?? '';
  switch (event.kind) {
    case 'goal_created':
      return { key: 'goalCreated', title: goalTitle };
    case 'goal_updated':
      return text(data.status)
        ? { key: 'goalStatus', title: goal?.title ?? goalTitle, status: text(data.status)! }
        : { key: 'goalUpdated', title: goalTitle };
    case 'step_created':
      return { key: 'stepCreated', title: stepTitle, date: text(data.dueOn) ?? null };
    case 'step_updated':
      if (text(data.status))
        return { key: 'stepStatus', title: step?.title ?? stepTitle, status: text(data.status)! };
      if ('ownerUserId' in data || 'ownerIsParticipant' in data)
        return { key: 'stepOwner', title: stepTitle };
      if ('dueOn' in data) return { key: 'stepDue', title: stepTitle, date: text(data.dueOn) ?? null };
      return { key: 'stepUpdated', title: stepTitle };
    default:
      return { key: 'other', title: goalTitle || stepTitle };
  }
}

/** A goal as a (freshly fetched) plan has it now. */
export const goalIn = (plan: Plan | undefined, id: string): PlanGoal | undefined =>
  plan?.goals.find((g) => g.id === id);

/** A step as a (freshly fetched) plan has it now, under whichever goal. */
export const stepIn = (plan: Plan | undefined, id: string): PlanStep | undefined =>
  plan?.goals.flatMap((g) => g.steps).find((s) => s.id === id);
