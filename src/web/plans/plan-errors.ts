import type { TFunction } from 'i18next';
import { errorsFromProblem } from '#web/components/form-errors.ts';
import { isApiError } from '#web/lib/api.ts';

/** A failed change to the plan as form errors: someone else's change and an owner outside the team in words. */
export const planErrors = (t: TFunction, error: unknown) =>
  errorsFromProblem(t, error, {
    codes: { version_conflict: t('plan.conflict'), validation: t('plan.ownerNotInTeam') },
  });

export const isConflict = (error: unknown): boolean => isApiError(error, 'version_conflict');
