import type { TFunction } from 'i18next';
import { z } from 'zod';
import { errorsFromProblem, errorsFromZod, type FormErrors } from '#web/components/form-errors.ts';
import { ApiError, isApiError } from '#web/lib/api.ts';

type KeyOf = (path: readonly PropertyKey[]) => string;

/** The schema's issues keyed by form field, for errorsFromZod. */
const keyedIssues = (error: z.ZodError, keyOf: KeyOf) =>
  ({ issues: error.issues.map((i) => ({ ...i, path: [keyOf(i.path)] })) }) as unknown as z.ZodError;

/** The server's problem with its issues keyed by form field, for errorsFromProblem. */
function keyedProblem(error: unknown, keyOf: KeyOf): unknown {
  if (!isApiError(error) || !error.problem.errors) return error;
  const errors = error.problem.errors.map((e) => ({ ...e, path: [keyOf(e.path)] }));
  return new ApiError({ ...error.problem, errors }, error.retryAfter);
}

/** Form errors from the shared schema (before sending) or from a failed call, with nested paths keyed. */
export function formErrors(
  t: TFunction,
  error: unknown,
  keyOf: KeyOf,
  fields: Record<string, string> = {},
): FormErrors {
  if (error instanceof z.ZodError) return errorsFromZod(t, keyedIssues(error, keyOf), { fields });
  return errorsFromProblem(t, keyedProblem(error, keyOf), { fields });
}
