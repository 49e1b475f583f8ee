import type { TFunction } from 'i18next';
import { errorsFromProblem } from '#web/components/form-errors.ts';

/** A failed change to the plan as form errors: an owner outside the team in words. */
export const planErrors = (t: TFunction, error: unknown) =>
  errorsFromProblem(t, error, { codes: { validation: t('plan.ownerNotInTeam') } });
