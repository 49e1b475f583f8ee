import type { TFunction } from 'i18next';
import type { z } from 'zod';
import { errorsFromProblem, errorsFromZod, type FormErrors } from '#web/components/form-errors.ts';
import { ApiError, isApiError } from '#web/lib/api.ts';
import { existingOf } from './api.ts';
import type { EmployerInput } from './employer-values.ts';

/**
 * The form field an issue's path points at: addresses by kind (addresses.0.postalCode may be the postal
 * address when no visiting address is filled in), contacts by position (contacts-1-email).
 */
export function fieldKey(path: readonly PropertyKey[], input: EmployerInput): string {
  const [head, index, leaf] = path;
  if (typeof index === 'number' && typeof leaf === 'string') {
    const kind = head === 'addresses' ? input.addresses[index]?.kind : undefined;
    if (kind) return `${kind}${leaf[0]!.toUpperCase()}${leaf.slice(1)}`;
    if (head === 'contacts') return `contacts-${index}-${leaf}`;
  }
  return String(head ?? '');
}

/** The schema's issues keyed by form field, for errorsFromZod. */
export const keyedIssues = (error: z.ZodError, input: EmployerInput) =>
  ({ issues: error.issues.map((i) => ({ ...i, path: [fieldKey(i.path, input)] })) }) as unknown as z.ZodError;

/** The server's problem with its issues keyed by form field, for errorsFromProblem. */
export function keyedProblem(error: unknown, input: EmployerInput): unknown {
  if (!isApiError(error) || !error.problem.errors) return error;
  const errors = error.problem.errors.map((e) => ({ ...e, path: [fieldKey(e.path, input)] }));
  return new ApiError({ ...error.problem, errors }, error.retryAfter);
}

/** Messages that say how to fix a field, beyond "invalid". */
export const fieldMessages = (t: TFunction): Record<string, string> => ({
  organisationNumber: t('employers.organisationNumberError'),
  sniCode: t('employers.sniCodeError'),
  visitingPostalCode: t('employers.postalCodeError'),
  postalPostalCode: t('employers.postalCodeError'),
});

/** A failed save as form errors; a number already registered marks the number field and names the employer. */
export function problemErrors(t: TFunction, error: unknown, input: EmployerInput): FormErrors {
  const existing = existingOf(error);
  if (existing)
    return {
      summary: t('employers.taken', { name: existing.name }),
      fields: { organisationNumber: t('employers.takenField') },
    };
  return errorsFromProblem(t, keyedProblem(error, input), { fields: fieldMessages(t) });
}

/** The shared schema's refusal as form errors, before anything is sent. */
export const zodErrors = (t: TFunction, error: z.ZodError, input: EmployerInput): FormErrors =>
  errorsFromZod(t, keyedIssues(error, input), { fields: fieldMessages(t) });
