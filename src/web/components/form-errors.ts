import type { TFunction } from 'i18next';
import type { z } from 'zod';
import { isApiError } from '#web/lib/api.ts';
import { sv } from '#web/i18n/sv.ts';

/** What a form shows after a failed submit: a message for the summary and one per field name. */
export type FormErrors = { summary: string | null; fields: Record<string, string> };

export const noErrors: FormErrors = { summary: null, fields: {} };

export const hasErrors = (errors: FormErrors): boolean =>
  errors.summary !== null || Object.keys(errors.fields).length > 0;

type ProblemCode = keyof typeof sv.errors.problems;
const isProblemCode = (code: string): code is ProblemCode => Object.hasOwn(sv.errors.problems, code);

/** A translated sentence for any failed call, by its problem code; unknown codes fall back to the server's detail. */
export function problemMessage(t: TFunction, error: unknown): string {
  if (!isApiError(error)) return t('errors.problems.fallback');
  if (error.code === 'locked' && error.retryAfter) {
    return t('errors.problems.lockedMinutes', { minutes: Math.max(1, Math.ceil(error.retryAfter / 60)) });
  }
  const message = isProblemCode(error.code)
    ? t(`errors.problems.${error.code}`)
    : (error.problem.detail ?? t('errors.problems.fallback'));
  return error.status >= 500 && error.problem.requestId
    ? `${message} ${t('errors.requestId', { id: error.problem.requestId })}`
    : message;
}

/** The message for one issue, whether it came from the shared Zod schema here or from the server. */
function issueMessage(
  t: TFunction,
  issue: { code: string; minimum?: unknown; maximum?: unknown; format?: unknown },
) {
  switch (issue.code) {
    case 'invalid_type':
      return t('errors.required');
    case 'too_small':
      if (issue.minimum === undefined) return t('errors.invalid');
      return Number(issue.minimum) <= 1
        ? t('errors.required')
        : t('errors.tooShort', { min: Number(issue.minimum) });
    case 'too_big':
      return issue.maximum === undefined
        ? t('errors.invalid')
        : t('errors.tooLong', { max: Number(issue.maximum) });
    case 'invalid_format':
      if (issue.format === 'email') return t('errors.email');
      if (issue.format === 'date') return t('errors.date');
      return t('errors.invalid');
    default:
      return t('errors.invalid');
  }
}

type Overrides = { fields?: Record<string, string>; codes?: Partial<Record<string, string>> };

/** Client-side validation with the same schema the server uses; `fields` overrides messages per field. */
export function errorsFromZod(t: TFunction, error: z.ZodError, overrides: Overrides = {}): FormErrors {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const name = String(issue.path[0] ?? '');
    fields[name] ??= overrides.fields?.[name] ?? issueMessage(t, issue as Parameters<typeof issueMessage>[1]);
  }
  return { summary: null, fields };
}

/** A failed call as form errors: problem `errors[].path[0]` marks the field, the code picks the summary. */
export function errorsFromProblem(t: TFunction, error: unknown, overrides: Overrides = {}): FormErrors {
  const fields: Record<string, string> = {};
  if (isApiError(error)) {
    for (const issue of error.problem.errors ?? []) {
      const name = String(issue.path[0] ?? '');
      if (name) fields[name] ??= overrides.fields?.[name] ?? issueMessage(t, issue);
    }
    const custom = overrides.codes?.[error.code];
    return { summary: custom ?? problemMessage(t, error), fields };
  }
  return { summary: problemMessage(t, error), fields };
}
