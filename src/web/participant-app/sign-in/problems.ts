import { isApiError } from '../lib/api.ts';

/** Why a sign-in step failed, in words for her: the link is spent, a code is wrong, or try again. */
export function problemKey(error: unknown) {
  if (isApiError(error, 'gone')) return 'linkGone' as const;
  if (isApiError(error, 'not_found') || isApiError(error, 'validation')) return 'linkUnknown' as const;
  if (isApiError(error, 'locked')) return 'locked' as const;
  if (isApiError(error, 'rate_limited')) return 'tooMany' as const;
  if (isApiError(error, 'unauthenticated')) return 'signInFailed' as const;
  return 'tryAgain' as const;
}
export type ProblemKey = ReturnType<typeof problemKey>;

export type Start = { ceremonyId: string; firstName?: string; options: Record<string, unknown> };
