import type { TFunction } from 'i18next';
import { problemMessage } from '#web/components/form-errors.ts';
import { sv } from '#web/i18n/sv.ts';
import { isApiError } from '#web/lib/api.ts';

type Reason = keyof typeof sv.languageFriendMatches.problems;
const isReason = (r: unknown): r is Reason =>
  typeof r === 'string' && Object.hasOwn(sv.languageFriendMatches.problems, r);

/** A refused step in words: the server's reason when we have a sentence for it, else the problem's. */
export function matchProblem(t: TFunction, error: unknown): string {
  // A version conflict has no reason: the match was refetched, and the sentence says it is shown as it is now.
  const reason = isApiError(error)
    ? ((error.problem as { reason?: unknown }).reason ?? error.code)
    : undefined;
  return isReason(reason) ? t(`languageFriendMatches.problems.${reason}`) : problemMessage(t, error);
}
